package io.storyline.resolve.entity;

import io.storyline.language.LexiconFile;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Jixi City" joins Jixi: a place named with a word for a town after it (town-words.txt) is the place of its bare
 * name, when one place in the corpus has that name and the bare name is neither a place the dictionaries know
 * (Mexico City is not Mexico, Kansas City not Kansas) nor made of English words (Salt Lake City).
 */
final class TownNameRule implements AliasRule {
    private static final Set<String> TOWN_WORDS = LexiconFile.lines(TownNameRule.class, "town-words.txt").stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private final KnownNames known;

    TownNameRule(KnownNames known) {
        this.known = known;
    }

    @Override
    public void apply(Merges merges) {
        Map<String, Set<Integer>> placesByKey = new HashMap<>();
        for (int i = 0; i < merges.size(); i++) {
            NameGroup g = merges.group(i);
            if (g.type.equals("LOCATION")) {
                placesByKey.computeIfAbsent(g.key, k -> new LinkedHashSet<>()).add(i);
            }
        }
        for (int i = 0; i < merges.size(); i++) {
            NameGroup g = merges.group(i);
            String bare = bareName(g);
            if (bare == null) {
                continue;
            }
            Set<Integer> clusters = new LinkedHashSet<>();
            for (int p : placesByKey.getOrDefault(String.join("", NameKey.tokens(bare)), Set.of())) {
                if (RomanisationGuard.mayJoin("LOCATION", merges.group(p).name, bare)) {
                    clusters.add(merges.find(p));
                }
            }
            if (clusters.size() == 1) {
                int target = clusters.iterator().next();
                merges.join(target, i, "a town's name with '" + g.name.substring(bare.length()).strip()
                        + "' after it, the only place with the bare name", 0.8, g.name, merges.group(target).name);
            }
        }
    }

    /** The name without its town word, or null when it has none or the bare name may be something else. */
    private String bareName(NameGroup g) {
        List<String> words = Arrays.asList(g.name.strip().split("\\s+"));
        if (!g.type.equals("LOCATION") || words.size() < 2
                || !TOWN_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<String> bare = words.subList(0, words.size() - 1);
        String name = String.join(" ", bare);
        return known.isPlace(name) || bare.stream().anyMatch(EnglishWords::isCommon) ? null : name;
    }
}
