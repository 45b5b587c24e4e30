package io.storyline.web;

/** What lists, facets and timelines show of an article, kept in memory so they need no store round trip. */
record ArticleSummary(String id, String title, String outlet, String published, String path) {
}
