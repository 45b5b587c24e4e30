package io.storyline.resolve.entity;

/**
 * One way two name groups of a corpus are found to name one entity. Rules run in order over all groups, each
 * seeing the joins of the rules before it; each blocks by a key of its own, so none compares all pairs.
 */
interface AliasRule {
    void apply(Merges merges);
}
