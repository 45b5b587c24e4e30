package io.storyline.clean.text;

import java.util.Locale;

/**
 * How often a line occurs across the pages seen so far: a line found on many pages is site furniture
 * (footer, menu, standard disclaimer), whatever its wording. The store implements it over its pages.
 */
public interface LineStatistics {

    /** Pages counted so far. */
    int pagesSeen();

    /** Pages that contain a line whose {@link #normalize normalised} form is this one. */
    int pagesContaining(String normalizedLine);

    /** The key both the counter and the extractor use: lower case, digits folded, spaces collapsed. */
    static String normalize(String line) {
        return line.strip().toLowerCase(Locale.ROOT).replaceAll("\\d", "0").replaceAll("\\s+", " ");
    }

    /** No corpus evidence. */
    LineStatistics NONE = new LineStatistics() {
        @Override
        public int pagesSeen() {
            return 0;
        }

        @Override
        public int pagesContaining(String normalizedLine) {
            return 0;
        }
    };
}
