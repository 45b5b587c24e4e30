package io.storyline.clean.meta.date;

/**
 * How much each kind of printed date counts. A stamp's mismatch cost is about ln(days a wrong stamp could
 * name, ~3650) plus the log-odds that the stamp is right: that is what lets one good stamp outweigh a year of
 * days that no clue objects to, while a widget's date barely counts.
 */
final class StampWeights {
    static final double HINT = 18;
    /**
     * Above {@link #HINT}: a date the page labels as its publication ("Publié le 29 juin 2019") is what its readers
     * are told, and markup that disagrees with it is more often a re-save or an import than the first publication.
     */
    static final double LABELLED = 19;
    static final double WIRE_DATELINE = 14;
    static final double ADDRESS = 13;
    static final double LEAD_STAMP = 12;
    /** Alone it dates a page; with a visible stamp that agrees it outweighs an older published time. */
    static final double MODIFIED = 7;
    static final double TRUNCATED_STAMP = 9;
    /** Alone it dates a page; a visible stamp that disagrees wins (script data also dates images, embeds, comments). */
    static final double SCRIPT_DATA = 8;
    /**
     * A second markup declaration that names another day than the first (JSON-LD says the 4th, a meta tag the 6th):
     * a weak clue alone, but the one the page also prints gets {@link #PRINTED_METADATA} like the first would.
     */
    static final double OTHER_MARKUP = 3;
    static final double TRAILING_STAMP = 8;
    static final double LATER_LABELLED = 3;
    static final double UPDATE_STAMP = 3;
    /** Added when the markup's date is also printed: with a visible stamp it outweighs a published time alone. */
    static final double PRINTED_METADATA = 12;
    static final double MASTHEAD = 5;
    static final double OTHER_STAMP = 2;
    static final double WIDGET = 0.4;

    private StampWeights() {
    }
}
