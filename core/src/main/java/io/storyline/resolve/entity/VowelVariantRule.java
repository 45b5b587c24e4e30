package io.storyline.resolve.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Fouad Seniora" and "Fouad Siniora": two spellings of one person's name that differ in one vowel of the
 * surname, all other words alike, which romanisation keys ({@link NameKey}) keep apart because e and i fall in
 * different classes. Only surnames of five letters or more, and not when either spelling is an English word; not
 * given names, where one vowel makes another name (Maria and Marie). Names are blocked by their words with the
 * surname's vowels masked, so no pair is compared twice.
 */
final class VowelVariantRule implements AliasRule {
    private static final int SHORTEST_WORD = 5;

    @Override
    public void apply(Merges merges) {
        Map<String, List<Integer>> byMask = new LinkedHashMap<>();
        for (int i = 0; i < merges.size(); i++) {
            NameGroup g = merges.group(i);
            List<String> words = words(g);
            if (g.type.equals("PERSON") && words.size() >= 2 && surname(words).length() >= SHORTEST_WORD) {
                List<String> masked = new ArrayList<>(words);
                masked.set(words.size() - 1, surname(words).replaceAll("[aeiouy]", "*"));
                byMask.computeIfAbsent(String.join(" ", masked), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> members : byMask.values()) {
            int first = members.get(0);
            for (int i : members.subList(1, members.size())) {
                String a = surname(words(merges.group(first)));
                String b = surname(words(merges.group(i)));
                if (oneVowelApart(a, b) && !EnglishWords.isCommon(a) && !EnglishWords.isCommon(b)) {
                    merges.join(first, i, "same name but one vowel of the surname, as romanisations spell it", 0.7,
                            merges.group(first).name, merges.group(i).name);
                }
            }
        }
    }

    private static String surname(List<String> words) {
        return words.get(words.size() - 1);
    }

    private static List<String> words(NameGroup g) {
        return List.of(NameKey.plain(NameForms.core(g.type, g.name)).replaceAll("[^a-z0-9\\s]", "").strip().split("\\s+"));
    }

    private static boolean oneVowelApart(String a, String b) {
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differences++;
            }
        }
        return a.length() == b.length() && differences == 1;
    }
}
