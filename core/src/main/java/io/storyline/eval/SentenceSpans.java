package io.storyline.eval;

import java.util.Optional;

/**
 * Finds a gold sentence in an article's stored text. The cleaner may have collapsed white space or replaced
 * typographic quotes and dashes, so both sides are compared in a normal form (white space runs as one space, curly
 * quotes straight, dashes as '-', lower case) and the match is mapped back to offsets of the stored text.
 */
final class SentenceSpans {
    private final String text;
    private final StringBuilder normal = new StringBuilder();
    private final int[] origin;

    SentenceSpans(String text) {
        this.text = text;
        this.origin = new int[text.length() + 1];
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (c == ' ') {
                if (space || normal.isEmpty()) {
                    continue;
                }
                space = true;
            } else {
                space = false;
            }
            origin[normal.length()] = i;
            normal.append(c);
        }
        origin[normal.length()] = text.length();
    }

    /** [start, end) of the sentence in the text, when it is there in normal form. */
    Optional<int[]> find(String sentence) {
        String wanted = normalise(sentence);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        int at = normal.indexOf(wanted);
        if (at < 0) {
            return Optional.empty();
        }
        int end = at + wanted.length();
        return Optional.of(new int[]{origin[at], end < normal.length() ? origin[end] : text.length()});
    }

    static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (c == ' ') {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        int n = out.length();
        return n > 0 && out.charAt(n - 1) == ' ' ? out.substring(0, n - 1) : out.toString();
    }

    private static char fold(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        return switch (c) {
            case '\u2018', '\u2019', '\u201a', '\u2032', '`', '\u00b4' -> '\'';
            case '\u201c', '\u201d', '\u201e', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015' -> '-';
            default -> Character.toLowerCase(c);
        };
    }
}
