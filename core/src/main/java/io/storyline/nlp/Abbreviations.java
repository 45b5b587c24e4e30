package io.storyline.nlp;

import io.storyline.language.LexiconFile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The abbreviation list (resource abbreviations.txt): which words keep their period and whether they can end a sentence. */
final class Abbreviations {
    enum Kind { TITLE, NUMERIC, END }

    private static final Map<String, Kind> KINDS = load();

    private Abbreviations() {
    }

    private static Map<String, Kind> load() {
        Map<String, Kind> kinds = new HashMap<>();
        for (String line : LexiconFile.lines(Abbreviations.class, "abbreviations.txt")) {
            String[] parts = line.split("\\s+");
            kinds.put(parts[0], Kind.valueOf(parts[1].toUpperCase(Locale.ROOT)));
        }
        return Map.copyOf(kinds);
    }

    /** The kind of {@code word} (without its period), or null when it is no listed abbreviation. */
    static Kind kindOf(CharSequence text, int start, int end) {
        if (end - start > 8) {
            return null;
        }
        return lookUp(text.subSequence(start, end).toString());
    }

    /** Listed spelling, or for an all-capitals word ("ST", "GEN" in headlines) its listed capitalised spelling. */
    private static Kind lookUp(String word) {
        Kind kind = KINDS.get(word);
        if (kind != null || word.length() < 2 || !word.equals(word.toUpperCase(Locale.ROOT))
                || !Character.isLetter(word.charAt(0))) {
            return kind;
        }
        return KINDS.get(word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
    }

    /** The kind of an abbreviation token such as "Mr." or "U.S." (with its period). */
    static Kind kindOfToken(String token) {
        if (token.length() < 2 || token.charAt(token.length() - 1) != '.') {
            return null;
        }
        Kind listed = lookUp(token.substring(0, token.length() - 1));
        if (listed != null) {
            return listed;
        }
        if (token.length() == 2 && Character.isUpperCase(token.charAt(0))) {
            return Kind.TITLE; // an initial: "J. Smith"
        }
        return token.indexOf('.') < token.length() - 1 ? Kind.END : null; // "U.S.", "a.m."
    }
}
