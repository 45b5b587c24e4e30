package io.storyline.resolve.entity;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * An acronym joins the one long name in the corpus whose initials it spells (NATO, North Atlantic Treaty
 * Organization), whatever type the tagger gave the acronym; never when two long names spell it.
 */
final class AcronymRule implements AliasRule {
    @Override
    public void apply(Merges merges) {
        Map<String, Set<String>> longNamesByInitials = new HashMap<>();
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < merges.size(); i++) {
            NameGroup g = merges.group(i);
            if ((g.type.equals("ORGANIZATION") || g.type.equals("LOCATION")) && !Acronyms.isAcronym(g.name)
                    && g.tokenCount() >= 2) {
                // the whole name spells it too: NWFP is the North West Frontier Province
                Set<String> spellings = new LinkedHashSet<>(Acronyms.spellings(NameForms.core(g.type, g.name)));
                spellings.addAll(Acronyms.spellings(g.name));
                for (String initials : spellings) {
                    longNamesByInitials.computeIfAbsent(initials, k -> new LinkedHashSet<>()).add(g.type + "|" + g.key);
                }
                firstWithKey.putIfAbsent(g.type + "|" + g.key, i);
            }
        }
        for (int i = 0; i < merges.size(); i++) {
            NameGroup g = merges.group(i);
            if (g.type.equals("PERSON") || !Acronyms.isAcronym(g.name)) {
                continue;
            }
            String letters = g.name.replace(".", "");
            Set<String> longNames = longNamesByInitials.getOrDefault(letters, Set.of());
            if (longNames.size() != 1) {
                continue;
            }
            int full = firstWithKey.get(longNames.iterator().next());
            if (telling(g, merges.group(full))) {
                merges.join(full, i, "acronym, the only long name with these initials", 1.0, g.name,
                        merges.group(full).name);
            }
        }
    }

    /**
     * Across articles an acronym of three letters or more, or a dotted one ("U.S."), or two letters the tagger typed
     * as it typed the long name ("AP", the Associated Press): two bare letters of another type name too many
     * things ("LA").
     */
    private static boolean telling(NameGroup acronym, NameGroup full) {
        String letters = acronym.name.replace(".", "");
        return letters.length() >= 3 || acronym.name.contains(".") || acronym.type.equals(full.type);
    }
}
