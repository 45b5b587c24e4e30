package io.storyline.store;

import io.storyline.clean.CleanArticle;
import io.storyline.ingest.PageFormat;

/**
 * An article as the store holds it: its order of arrival ({@code seq}, which the search index uses to catch
 * up after a crash) and the cleaned article.
 */
public record StoredArticle(long seq, PageFormat format, String charset, CleanArticle article) {
}
