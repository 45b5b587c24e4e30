package io.storyline.clean.text;

/** What a single line looks like on its own, before its neighbours are considered. */
public enum LineKind {
    /** matched a boilerplate rule of the lexicon or the corpus; never article text */
    BOILERPLATE,
    /** heading of a block of links to other stories ("Related", "Read more", "Most popular") */
    BLOCK_OPENER,
    /** byline, wire credit or dateline: short but part of the article */
    CREDIT,
    /** running prose */
    PROSE,
    /** a shorter sentence: ends like one and reads like one */
    SENTENCE,
    /** headline-like: a handful of words without sentence punctuation */
    HEADING,
    /** anything else: labels, stubs, numbers, lists of capitalised names */
    OTHER
}
