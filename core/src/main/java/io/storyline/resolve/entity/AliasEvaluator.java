package io.storyline.resolve.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores entity resolution on judged name pairs: of the pairs that name one entity, how many the resolver put in
 * one entity (a name it never found counts as not merged); of the pairs that look alike but name different
 * things, how many it wrongly put in one. A name is looked up as an entity's name or one of its aliases,
 * ignoring case. A pair that went wrong is shown with the type and name of the entities each of its names is in, a false merge also with the merges of its
 * entity (rule and names), so the rule that made it can be found.
 */
public final class AliasEvaluator {

    /** Scores of one run, with the pairs that went wrong so they can be looked at. */
    public record Scores(int samePairs, int merged, double mergedRate, int distinctPairs, int falseMerges,
                         int namesNotFound, List<String> notMerged, List<String> falselyMerged) {
    }

    public Scores score(List<AliasGold> gold, List<Entity> entities) {
        Map<String, Set<String>> entitiesNamed = new HashMap<>();
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities) {
            byId.put(e.id(), e);
            entitiesNamed.computeIfAbsent(key(e.name()), k -> new HashSet<>()).add(e.id());
            for (String alias : e.aliases()) {
                entitiesNamed.computeIfAbsent(key(alias), k -> new HashSet<>()).add(e.id());
            }
        }
        int same = 0;
        int merged = 0;
        int distinct = 0;
        int falseMerges = 0;
        Set<String> notFound = new HashSet<>();
        List<String> notMerged = new ArrayList<>();
        List<String> falselyMerged = new ArrayList<>();
        for (AliasGold pair : gold) {
            Set<String> left = entitiesNamed.getOrDefault(key(pair.a()), Set.of());
            Set<String> right = entitiesNamed.getOrDefault(key(pair.b()), Set.of());
            if (left.isEmpty()) {
                notFound.add(pair.a());
            }
            if (right.isEmpty()) {
                notFound.add(pair.b());
            }
            boolean together = left.stream().anyMatch(right::contains);
            String shown = pair.a() + " / " + pair.b() + (left.isEmpty() || right.isEmpty() ? " (name not found)" : "")
                    + " " + where(left, byId) + " / " + where(right, byId);
            if (pair.same()) {
                same++;
                if (together) {
                    merged++;
                } else {
                    notMerged.add(shown);
                }
            } else {
                distinct++;
                if (together) {
                    falseMerges++;
                    falselyMerged.add(shown + " by " + left.stream().filter(right::contains).map(byId::get)
                            .flatMap(e -> e.merges().stream()).map(m -> m.rule() + ": " + m.left() + " + " + m.right())
                            .toList());
                }
            }
        }
        return new Scores(same, merged, same == 0 ? 1 : (double) merged / same, distinct, falseMerges,
                notFound.size(), notMerged, falselyMerged);
    }

    /** The entities a name was found in, so a missed pair shows where each name went: "[PERSON Tung Chee-hwa]". */
    private static String where(Set<String> ids, Map<String, Entity> byId) {
        return ids.stream().map(byId::get).map(e -> e.type() + " " + e.name()).sorted().toList().toString();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
