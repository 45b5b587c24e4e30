package io.storyline.store;

import io.storyline.clean.CleanArticle;
import io.storyline.ingest.PageFormat;
import io.storyline.nlp.Annotations;

/**
 * An article as the store holds it: its order of arrival ({@code seq}, which the search index uses to catch
 * up after a crash), the cleaned article and what
 * the language layer found in it.
 */
public record StoredArticle(long seq, PageFormat format, String charset, CleanArticle article,
                            Annotations annotations) {
}
