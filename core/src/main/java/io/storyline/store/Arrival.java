package io.storyline.store;

import io.storyline.clean.CleanArticle;
import io.storyline.ingest.Page;
import io.storyline.nlp.Annotations;

import java.util.List;

/**
 * A page arriving at the store with what the pipeline made of it. {@code article} and {@code annotations} are
 * null for a page already stored, which only adds the place it was seen again. {@code failures} names the
 * stages that failed on the page (their output is missing or partial; the page is stored all the same).
 */
public record Arrival(Page page, CleanArticle article, Annotations annotations, List<StageFailure> failures) {
    public Arrival {
        failures = List.copyOf(failures);
    }

    public Arrival(Page page, CleanArticle article, Annotations annotations) {
        this(page, article, annotations, List.of());
    }

    public static Arrival seenAgain(Page page) {
        return new Arrival(page, null, null);
    }
}
