package io.storyline.language;

/** Which way a time mention points from the moment of writing, as the words around it tell. */
public enum Tense {
    PAST, FUTURE, UNKNOWN
}
