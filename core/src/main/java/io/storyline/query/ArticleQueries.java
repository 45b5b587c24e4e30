package io.storyline.query;

import io.storyline.store.Corpus;
import io.storyline.store.SearchHit;
import io.storyline.store.SearchRequest;
import io.storyline.store.StoredArticle;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Read-side answers about articles: list, one by id, search. */
public final class ArticleQueries {
    private final Corpus corpus;

    public ArticleQueries(Corpus corpus) {
        this.corpus = corpus;
    }

    /** Every article in order of arrival, streamed page by page so a large store never sits in memory. */
    public void forEach(Consumer<ArticleView> out) throws SQLException {
        corpus.store().forEachArticle(stored -> out.accept(view(stored, false)));
    }

    public Optional<ArticleView> show(String id, boolean withRemoved) throws SQLException {
        Optional<StoredArticle> stored = corpus.store().article(id);
        return stored.isEmpty() ? Optional.empty() : Optional.of(view(stored.get(), withRemoved));
    }

    public List<SearchResultView> search(SearchRequest request) throws IOException, SQLException {
        List<SearchResultView> results = new ArrayList<>();
        for (SearchHit hit : corpus.search(request)) {
            Optional<StoredArticle> stored = corpus.store().article(hit.id());
            if (stored.isEmpty()) {
                continue; // the index is derived; a hit the store lacks is stale and not an answer
            }
            var a = stored.get().article();
            results.add(new SearchResultView(a.id(), hit.score(), a.title(), DisplayTitle.of(a.title(), a.text()), a.outlet(),
                    a.published() == null ? null : a.published().value(), hit.snippet(), a.path()));
        }
        return results;
    }

    private ArticleView view(StoredArticle stored, boolean withRemoved) throws SQLException {
        String id = stored.article().id();
        return ArticleView.of(stored, corpus.store().sources(id), corpus.store().entities().linksOf(id),
                corpus.store().copies().of(id).orElse(null), corpus.store().stories().of(id), withRemoved,
                corpus.store().failures(id));
    }
}
