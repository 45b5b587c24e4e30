package io.storyline.events;

import java.util.Locale;

/** What an event's date rests on; {@link #label()} is the contract's {@code date_basis} value. */
public enum DateBasis {
    /** A time expression of the sentence tells when. */
    STATED,
    /** The sentence states no date: the event is on or before its article's date (after it, when planned). */
    ARTICLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
