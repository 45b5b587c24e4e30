package io.storyline.resolve.copy;

import java.util.Locale;

/** How one text copies another. */
public enum CopyKind {
    /** The same words in the same order. */
    EXACT,
    /** The same article text inside different page chrome (headers, footers, a line dropped or added). */
    SYNDICATED,
    /** The same article with many short word swaps, as synonym spinners make. */
    SPUN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
