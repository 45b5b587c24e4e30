package io.storyline.pipeline;

/** The part of an article's text the language layer is given: all of it, or, past the budget, whole paragraphs. */
final class LanguageText {
    private LanguageText() {
    }

    /** {@code text} if it is at most {@code maxChars} long, else its paragraphs up to the last break within the budget. */
    static String within(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf('\n', maxChars);
        if (cut < maxChars / 2) { // no paragraph break in reach: a word boundary will do
            cut = text.lastIndexOf(' ', maxChars);
        }
        return text.substring(0, cut > 0 ? cut : maxChars);
    }
}
