package io.storyline.nlp;

/** A title or role span such as "NATO Secretary General" or "Foreign Minister", [start, end) in document chars. */
public record RoleMention(String surface, int start, int end) {
}
