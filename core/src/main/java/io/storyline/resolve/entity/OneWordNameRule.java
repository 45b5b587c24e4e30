package io.storyline.resolve.entity;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * "Stoltenberg" alone joins Jens Stoltenberg when no other full name in the corpus has that word, or when one
 * full name with it is named in three times as many articles as any other ("Bush": George W. Bush, not Laura);
 * when no person's full name has it, the one name of another type but a place's ending with it ("Khaled Meshaal"
 * tagged as an organisation), by {@link NameGroup#mayBeAPersonNamed}.
 */
final class OneWordNameRule implements AliasRule {
    @Override
    public void apply(Merges merges) {
        Map<String, Set<Integer>> fullNamesByWord = new HashMap<>();
        for (int i = 0; i < merges.size(); i++) {
            NameGroup g = merges.group(i);
            if (g.type.equals("PERSON") && !g.partial()) {
                for (String word : g.wordKeys) {
                    fullNamesByWord.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(merges.find(i));
                }
            }
        }
        Map<String, Set<Integer>> mistypedByLastWord = new HashMap<>();
        for (int i = 0; i < merges.size(); i++) {
            NameGroup g = merges.group(i);
            if (!g.tokenKeys.isEmpty()) {
                String last = g.tokenKeys.get(g.tokenKeys.size() - 1);
                // across articles not a place: "Kong" alone somewhere says nothing about Hong Kong
                if (!g.type.equals("LOCATION") && g.mayBeAPersonNamed(Set.of(last))) {
                    mistypedByLastWord.computeIfAbsent(last, w -> new LinkedHashSet<>()).add(i);
                }
            }
        }
        Map<Integer, Integer> articlesOf = new HashMap<>();
        for (int i = 0; i < merges.size(); i++) {
            articlesOf.merge(merges.find(i), 1, Integer::sum);
        }
        for (int i = 0; i < merges.size(); i++) {
            NameGroup g = merges.group(i);
            if (!g.partial()) {
                continue;
            }
            Set<Integer> candidates = new LinkedHashSet<>();
            for (String word : g.wordKeys) {
                for (int c : fullNamesByWord.getOrDefault(word, Set.of())) {
                    candidates.add(merges.find(c));
                }
            }
            if (candidates.isEmpty()) {
                for (String word : g.wordKeys) {
                    for (int c : mistypedByLastWord.getOrDefault(word, Set.of())) {
                        candidates.add(merges.find(c));
                    }
                }
                if (candidates.size() == 1) {
                    int target = candidates.iterator().next();
                    NameGroup full = merges.group(target);
                    merges.join(target, i, "one-word name, the only full name ending with it, though not tagged a person's",
                            0.7, g.name, full.name);
                    full.retype("PERSON", "a person: its last word '" + g.name + "' is used alone as a person's name");
                }
                continue;
            }
            int target = candidates.size() == 1 ? candidates.iterator().next() : dominant(candidates, articlesOf);
            if (target >= 0) {
                merges.join(target, i, candidates.size() == 1
                        ? "one-word name, the only full name with it"
                        : "one-word name, the full name with it in three times as many articles as any other", 0.8,
                        g.name, merges.group(target).name);
            }
        }
    }

    /** The candidate named in at least three times as many articles as any other, else none (-1). */
    private static int dominant(Set<Integer> candidates, Map<Integer, Integer> articlesOf) {
        int best = -1;
        int most = 0;
        int second = 0;
        for (int c : candidates) {
            int n = articlesOf.getOrDefault(c, 0);
            if (n > most) {
                second = most;
                most = n;
                best = c;
            } else if (n > second) {
                second = n;
            }
        }
        return most >= 3 * Math.max(1, second) ? best : -1;
    }
}
