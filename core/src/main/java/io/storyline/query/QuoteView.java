package io.storyline.query;

/**
 * A quote as the contract lists it: {@code speaker} is the entity id of who said it, or null; Storyline adds the
 * speaker's name as written and the cue that decided the attribution.
 */
public record QuoteView(String text, int start, int end, String speaker, String speakerName, String evidence) {
}
