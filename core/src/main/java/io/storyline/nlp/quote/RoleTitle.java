package io.storyline.nlp.quote;

import io.storyline.nlp.RoleMention;
import java.util.List;
import java.util.Locale;

/**
 * A role mention with what the matcher needs: its head, rank prefixes ("deputy") and the modifier words
 * that say whose role it is ("NATO", "South Korean", "Foreign Ministry").
 *
 * @param determined whether an article or possessive precedes it ("the NATO chief"): a nominal that refers back
 */
public record RoleTitle(RoleMention mention, RoleLexicon.Head head, List<String> prefixes, List<String> modifiers,
                        boolean determined) {
    public RoleTitle {
        prefixes = List.copyOf(prefixes);
        modifiers = List.copyOf(modifiers);
    }

    public int start() {
        return mention.start();
    }

    public int end() {
        return mention.end();
    }

    /**
     * True when this (later, possibly vaguer) title can refer to the person who holds {@code earlier}: the heads
     * are synonyms or this one is a generic stand-in of the same kind, the rank prefixes agree, and each of
     * this title's modifiers appears among the earlier one's (by word, acronym or shared stem: "Korean" ~ "Korea").
     */
    public boolean canReferTo(RoleTitle earlier) {
        if (!head.compatibleWith(earlier.head) || !samePrefixes(earlier)) {
            return false;
        }
        for (String modifier : modifiers) {
            if (!covers(earlier.modifiers, modifier)) {
                return false;
            }
        }
        return true;
    }

    private boolean samePrefixes(RoleTitle other) {
        if (head.generic() || other.head.generic()) {
            return true;
        }
        return prefixes.stream().map(p -> p.toLowerCase(Locale.ROOT)).sorted().toList()
                .equals(other.prefixes.stream().map(p -> p.toLowerCase(Locale.ROOT)).sorted().toList());
    }

    private static boolean covers(List<String> words, String modifier) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equalsIgnoreCase(modifier) || sameStem(word, modifier)) {
                return true;
            }
            if (isAcronym(modifier) && initialsFrom(words, i, modifier.length()).equals(modifier)) {
                return true;
            }
        }
        return false;
    }

    /** "Korean"/"Korea", "Japanese"/"Japan", "Chinese"/"China": a demonym and its country share a long stem. */
    private static boolean sameStem(String a, String b) {
        if (!Character.isUpperCase(a.charAt(0)) || !Character.isUpperCase(b.charAt(0))) {
            return false;
        }
        int shared = 0;
        int max = Math.min(a.length(), b.length());
        while (shared < max && Character.toLowerCase(a.charAt(shared)) == Character.toLowerCase(b.charAt(shared))) {
            shared++;
        }
        return shared >= 4 && shared >= max - 2;
    }

    static boolean isAcronym(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Initials of up to {@code n} capitalised words from {@code i}, skipping "of" "the" "and". */
    private static String initialsFrom(List<String> words, int i, int n) {
        StringBuilder initials = new StringBuilder();
        for (int k = i; k < words.size() && initials.length() < n; k++) {
            String w = words.get(k);
            if (Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString();
    }
}
