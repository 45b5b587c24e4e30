package io.storyline.resolve.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether two names with one romanisation key ({@link NameKey}) may be taken for spellings of one name. Not when a
 * word that differs between them is an English word (Motor and Mutual, Daily and Delhi, Fourth and Ford: the key
 * folds them, but English words are not romanisations), nor when the name is one short word, where a folded key
 * says too little, nor when every differing word of a place or organisation is an English proper noun (Europe and
 * Europa). The word lists ({@link EnglishWords}) are resources users can extend.
 */
final class RomanisationGuard {
    private static final int SHORTEST_ONE_WORD = 5;

    private RomanisationGuard() {
    }

    static boolean mayJoin(String type, String left, String right) {
        List<String> a = words(NameForms.core(type, left));
        List<String> b = words(NameForms.core(type, right));
        if (a.equals(b)) {
            return true;
        }
        if (a.size() == 1 && b.size() == 1 && Math.min(a.get(0).length(), b.get(0).length()) < SHORTEST_ONE_WORD) {
            return false;
        }
        Set<String> differing = new HashSet<>(a);
        differing.addAll(b);
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        differing.removeAll(shared);
        if (differing.stream().anyMatch(EnglishWords::isCommon)) {
            return false;
        }
        // Europe and Europa are two English proper nouns, not two romanisations; people's names are romanised
        return type.equals("PERSON") || !differing.stream().allMatch(EnglishWords::isProper);
    }

    private static List<String> words(String name) {
        return List.of(NameKey.plain(name).replaceAll("[^a-z0-9\\s]", "").strip().split("\\s+"));
    }
}
