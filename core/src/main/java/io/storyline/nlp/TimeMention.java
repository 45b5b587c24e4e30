package io.storyline.nlp;

/**
 * A time expression normalized TimeML style.
 *
 * @param type     "DATE" | "TIME" | "DURATION" | "SET"
 * @param value    TimeML value: "2023-01-29", "2023-07", "P3M", "XXXX-WXX-1", "PRESENT_REF", …
 * @param evidence why this value: the anchor and the rule ("weekday before DCT, past tense")
 */
public record TimeMention(String surface, int start, int end, String type, String value, String evidence) {
}
