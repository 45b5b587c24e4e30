package io.storyline.pipeline;

import io.storyline.clean.PublishedDate;
import io.storyline.clean.meta.date.CorpusDateRefiner;
import io.storyline.clean.meta.date.SimilarArticle;
import io.storyline.nlp.annotate.LanguagePipeline;
import io.storyline.store.Corpus;
import io.storyline.store.Neighbour;
import io.storyline.store.StoredArticle;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * After an ingest, sharpens the dates known only to the year or month with the corpus: the most similar
 * day-precise articles say when, the article's own weekday clues say which day (see {@link CorpusDateRefiner}).
 * Runs over every coarse article, since a new precise neighbour can refine an article stored long before. A
 * refined article's time expressions are resolved again against its new date.
 */
final class DateRefinement implements CorpusStage {
    private static final int NEIGHBOURS = 5;
    private final CorpusDateRefiner refiner = new CorpusDateRefiner();
    private final LanguagePipeline language;

    DateRefinement(LanguagePipeline language) {
        this.language = language;
    }

    @Override
    public void run(Corpus corpus, ArticleChanges changes, StageProgress progress) throws SQLException, IOException {
        List<String> refined = new ArrayList<>();
        List<StoredArticle> coarse = corpus.store().coarselyDated();
        progress.total(coarse.size());
        for (StoredArticle stored : coarse) {
            progress.tick();
            var article = stored.article();
            List<SimilarArticle> neighbours = new ArrayList<>();
            for (Neighbour n : corpus.index().similar(article.id(), article.text(), NEIGHBOURS)) {
                var other = corpus.store().article(n.id());
                if (other.isPresent() && other.get().article().published() != null) {
                    neighbours.add(new SimilarArticle(n.id(), n.similarity(), other.get().article().published()));
                }
            }
            PublishedDate better = refiner.refine(article.published(), article.text(), neighbours);
            if (better != null && !better.equals(article.published())) {
                corpus.store().updatePublished(article.id(), better);
                // its relative times ("on Sunday") were anchored on the coarse date: anchor them again
                corpus.store().updateAnnotations(article.id(), language.annotate(article.text(), better.firstDay()));
                refined.add(article.id());
            }
        }
        corpus.reindex(refined);
    }
}
