package io.storyline.nlp;

/**
 * A named-entity mention, [start, end) in document chars.
 *
 * @param type "PERSON" | "ORGANIZATION" | "LOCATION" | "MISC"
 */
public record EntityMention(String type, String surface, int start, int end) {
}
