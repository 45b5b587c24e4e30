package io.storyline.resolve.entity;

import java.util.Set;

/** Whether a short capitalised name abbreviates a long one: NATO = North Atlantic Treaty Organization. */
final class Acronyms {
    private static final Set<String> SKIPPED = Set.of("of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "&");

    private Acronyms() {
    }

    static boolean isAcronym(String name) {
        String letters = name.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 8 && letters.chars().allMatch(Character::isUpperCase);
    }

    static boolean expands(String acronym, String full) {
        String initials = initials(full);
        return initials.length() >= 2 && initials.equals(acronym.replace(".", ""));
    }

    /**
     * The acronyms a long name may go by: its capitals without small words, with them ("Republic of Korea" →
     * ROK), and of the part before a last "and" ("Centers for Disease Control and Prevention" → CDC).
     */
    static java.util.Set<String> spellings(String full) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        out.add(initials(full));
        out.add(allInitials(full));
        int and = full.lastIndexOf(" and ");
        if (and > 0) {
            out.add(initials(full.substring(0, and)));
        }
        return out;
    }

    /** The first letters of all a long name's words, small words too: "Republic of Korea" → "ROK". */
    static String allInitials(String full) {
        StringBuilder initials = new StringBuilder();
        for (String word : full.split("[\\s-]+")) {
            if (!word.isEmpty() && !word.equals("&")) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.toString();
    }

    /**
     * The first letters of the capitalised words of a phrase, other words and numbers skipped: "Beijing Organizing
     * Committee for the 2008 Olympic Games" → "BOCOG".
     */
    static String capitalInitials(String phrase) {
        StringBuilder initials = new StringBuilder();
        for (String word : phrase.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    /** The capitals of a long name's words, small words skipped: "Bank of England" → "BE". */
    static String initials(String full) {
        StringBuilder initials = new StringBuilder();
        for (String word : full.split("[\\s-]+")) {
            if (!word.isEmpty() && !SKIPPED.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.toString();
    }
}
