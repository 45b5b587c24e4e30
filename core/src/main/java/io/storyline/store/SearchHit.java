package io.storyline.store;

/**
 * One search result.
 *
 * @param snippet best passages of the text with matches in {@code <b>…</b>}; page text in it is HTML-escaped
 */
public record SearchHit(String id, double score, String snippet) {
}
