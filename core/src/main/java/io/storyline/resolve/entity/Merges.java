package io.storyline.resolve.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The name groups of a corpus while alias rules join them: which groups are one entity so far, and why each join
 * was made, so every merge keeps its rule and the two names it joined.
 */
final class Merges {
    /** A merge reason and one of the groups it joined, so it can be handed to the entity that group ends in. */
    record Joined(int group, MergeReason reason) {
    }

    final List<NameGroup> groups;
    private final UnionFind clusters;
    private final List<Joined> reasons = new ArrayList<>();
    private Map<String, Set<String>> typesByKey;

    Merges(List<NameGroup> groups) {
        this.groups = groups;
        this.clusters = new UnionFind(groups.size());
    }

    NameGroup group(int i) {
        return groups.get(i);
    }

    int size() {
        return groups.size();
    }

    /** The group leading the entity group {@code i} is in so far. */
    int find(int i) {
        return clusters.find(i);
    }

    /**
     * Puts group {@code joining} into the entity of group {@code target}, noting the rule; false when they already
     * were one.
     */
    boolean join(int target, int joining, String rule, double score, String left, String right) {
        if (!clusters.union(target, joining)) {
            return false;
        }
        reasons.add(new Joined(joining, new MergeReason(rule, score, left, right)));
        return true;
    }

    /** Notes a join made after the rules ran (a user's correction). */
    void note(int group, MergeReason reason) {
        reasons.add(new Joined(group, reason));
    }

    /**
     * Whether a name is tagged with more than one type across the corpus ("Jilin" the province and the company's
     * first word), which makes a short name too unsure to join a longer one.
     */
    boolean typedSeveralWays(NameGroup g) {
        if (typesByKey == null) {
            typesByKey = new HashMap<>();
            for (NameGroup other : groups) {
                typesByKey.computeIfAbsent(other.key, k -> new HashSet<>()).add(other.type);
            }
        }
        return typesByKey.getOrDefault(g.key, Set.of()).size() > 1;
    }

    List<Joined> reasons() {
        return reasons;
    }
}
