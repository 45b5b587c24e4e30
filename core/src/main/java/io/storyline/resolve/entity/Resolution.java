package io.storyline.resolve.entity;

import java.util.List;

/** The entities of a corpus and the entity of every mention. */
public record Resolution(List<Entity> entities, List<MentionLink> links) {
}
