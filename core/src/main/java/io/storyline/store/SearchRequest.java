package io.storyline.store;

import java.time.LocalDate;

/**
 * A search: Lucene query syntax over title and text (words, "phrases", AND/OR/NOT, field:term), with optional
 * filters. An article matches a date filter when its publication period overlaps [from, to].
 */
public record SearchRequest(String query, int limit, LocalDate from, LocalDate to, String outlet) {
}
