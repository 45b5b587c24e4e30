package io.storyline.query;

/** An entity mention in an article, as the contract lists it: the entity's id, type, surface and offsets. */
public record EntityRef(String id, String type, String surface, int start, int end) {
}
