package io.storyline.query;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * What an article is called wherever people read a list: its title, or when it has none, the first words of its
 * text followed by "…". One rule for the CLI tables, the API ({@code display_title}) and the web page, so an untitled
 * article is never shown as its hex id in one place, {@code null} in another and {@code -} in a third.
 */
public final class DisplayTitle {
    /** How many words of the text stand in for a missing title: about a headline's length. */
    public static final int WORDS = 10;
    static final String UNTITLED = "(untitled, no text)";

    private DisplayTitle() {
    }

    public static String of(String title, String text) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        return text == null || text.isBlank() ? UNTITLED : firstWords(text, WORDS);
    }

    /** The first {@code n} words of {@code text} on one line, with "…" when there is more. */
    static String firstWords(String text, int n) {
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        int count = 0;
        int end = 0;
        for (int start = words.first(), next = words.next(); next != BreakIterator.DONE; start = next, next = words.next()) {
            if (Character.isLetterOrDigit(text.codePointAt(start))) {
                if (count == n) {
                    return text.substring(0, end).replaceAll("\\s+", " ").strip() + "…";
                }
                count++;
                end = next;
            }
        }
        return text.replaceAll("\\s+", " ").strip();
    }
}
