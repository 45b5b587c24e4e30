package io.storyline.web;

/**
 * What lists, facets and timelines show of an article, kept in memory so they need no store round trip.
 * {@code displayTitle} is the query layer's rule for untitled articles ({@link io.storyline.query.DisplayTitle}).
 */
record ArticleSummary(String id, String title, String displayTitle, String outlet, String published, String path) {
}
