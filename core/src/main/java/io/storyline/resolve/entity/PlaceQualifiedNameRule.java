package io.storyline.resolve.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Red Sox" joins the Boston Red Sox, "Congress" the US Congress: an organisation's name that is a longer
 * organisation's name without the place it starts with, when only one such longer name in the corpus ends with
 * it. The place is a name tagged as a place in the corpus, a country the dictionaries know or its people's
 * adjective ("French Senate": then "Senate" is no longer the US Senate's alone). Not a name also
 * tagged otherwise, nor an acronym.
 */
final class PlaceQualifiedNameRule implements AliasRule {
    private final KnownNames known;

    PlaceQualifiedNameRule(KnownNames known) {
        this.known = known;
    }

    @Override
    public void apply(Merges merges) {
        Set<String> placeKeys = new HashSet<>();
        for (NameGroup g : merges.groups) {
            if (g.type.equals("LOCATION")) {
                placeKeys.add(g.key);
            }
        }
        Map<String, Set<Integer>> qualifiedByRest = new HashMap<>();
        for (int i = 0; i < merges.size(); i++) {
            NameGroup g = merges.group(i);
            if (!g.type.equals("ORGANIZATION") || Acronyms.isAcronym(g.name)) {
                continue;
            }
            List<String> words = Arrays.asList(NameForms.core(g.type, g.name).split("\\s+"));
            for (int n = 1; n < words.size(); n++) {
                String head = String.join(" ", words.subList(0, n));
                if (isPlace(head, placeKeys)) {
                    String rest = String.join("", NameKey.tokens(String.join(" ", words.subList(n, words.size()))));
                    qualifiedByRest.computeIfAbsent(rest, k -> new LinkedHashSet<>()).add(i);
                }
            }
        }
        for (int i = 0; i < merges.size(); i++) {
            NameGroup g = merges.group(i);
            if (!g.type.equals("ORGANIZATION") || Acronyms.isAcronym(g.name) || merges.typedSeveralWays(g)) {
                continue;
            }
            Set<Integer> clusters = new LinkedHashSet<>();
            for (int q : qualifiedByRest.getOrDefault(g.key, Set.of())) {
                clusters.add(merges.find(q));
            }
            if (clusters.size() == 1) {
                int target = clusters.iterator().next();
                merges.join(target, i, "the only name that is this one after a place", 0.8, g.name,
                        merges.group(target).name);
            }
        }
    }

    private boolean isPlace(String words, Set<String> placeKeys) {
        return placeKeys.contains(String.join("", NameKey.tokens(words))) || CountryReferences.standard().isDemonym(words)
                || known.of(words).map(k -> k.type().equals("LOCATION")).orElse(false);
    }
}
