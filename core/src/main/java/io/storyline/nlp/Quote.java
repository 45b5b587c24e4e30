package io.storyline.nlp;

/**
 * A quotation, [start, end) in document chars covering the quoted words without the marks.
 *
 * @param speaker  the entity mention it is attributed to (after following "the NATO chief", "he", …), or null
 * @param evidence the cue that decided the speaker, e.g. "said the NATO chief -> role of Jens Stoltenberg"
 */
public record Quote(String text, int start, int end, EntityMention speaker, String evidence) {
}
