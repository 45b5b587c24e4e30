package io.storyline.nlp.time;

/** Which way a relative expression points from the anchor, read from the words of its sentence. */
enum Tense {
    PAST, FUTURE, UNKNOWN
}
