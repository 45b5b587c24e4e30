package io.storyline.store;

/** An article similar to another: its id and the TF-IDF cosine of the two texts, 0..1. */
public record Neighbour(String id, double similarity) {
}
