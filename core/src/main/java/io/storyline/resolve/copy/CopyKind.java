package io.storyline.resolve.copy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How one text copies another. */
public enum CopyKind {
    /** The same words in the same order. */
    EXACT,
    /** The same article text inside different page chrome (headers, footers, a line dropped or added). */
    SYNDICATED,
    /** The same article with many short word swaps, as synonym spinners make. */
    SPUN;

    /** The contract's word for the kind ("exact", "syndicated", "spun"), as stored and output. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CopyKind ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
