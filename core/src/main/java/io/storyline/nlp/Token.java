package io.storyline.nlp;

/** A token: {@code text} is the covered span of the document, [start, end) in chars. */
public record Token(int start, int end, String text) {
}
