package io.storyline.clean.meta.date;

/**
 * How much each kind of printed date counts. A stamp's mismatch cost is about ln(days a wrong stamp could
 * name, ~3650) plus the log-odds that the stamp is right: that is what lets one good stamp outweigh a year of
 * days that no clue objects to, while a widget's date barely counts.
 */
final class StampWeights {
    static final double HINT = 18;
    static final double LABELLED = 15;
    static final double WIRE_DATELINE = 14;
    static final double ADDRESS = 13;
    static final double LEAD_STAMP = 12;
    /** Alone it dates a page; with a visible stamp that agrees it outweighs an older published time. */
    static final double MODIFIED = 7;
    static final double TRUNCATED_STAMP = 9;
    /** Alone it dates a page; a visible stamp that disagrees wins (script data also dates images, embeds, comments). */
    static final double SCRIPT_DATA = 8;
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
