package io.storyline.store;

import io.storyline.clean.CleanArticle;
import io.storyline.ingest.Page;
import io.storyline.nlp.Annotations;

/**
 * A page arriving at the store with what the pipeline made of it. {@code article} and {@code annotations} are
 * null for a page already stored, which only adds the place it was seen again.
 */
public record Arrival(Page page, CleanArticle article, Annotations annotations) {
    public static Arrival seenAgain(Page page) {
        return new Arrival(page, null, null);
    }
}
