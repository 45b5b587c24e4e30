package io.storyline.resolve.entity;

/**
 * Why two names were taken for one entity: the rule, its score (1 for exact rules) and the two names joined.
 * Users see these with the entity and can undo a merge with {@code storyline entities split}.
 */
public record MergeReason(String rule, double score, String left, String right) {
}
