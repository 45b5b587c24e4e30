package io.storyline.query;

import io.storyline.clean.CleanArticle;
import io.storyline.resolve.story.Story;
import io.storyline.store.Corpus;
import io.storyline.store.StoredArticle;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Read-side answers about one story that need its articles' texts: its summary. */
public final class StoryQueries {
    /** A summary reads the first articles of a long story only: they set out the happening, and each costs time. */
    static final int ARTICLES_READ = 30;
    private final Corpus corpus;
    private final StorySummarizer summarizer = new StorySummarizer();

    public StoryQueries(Corpus corpus) {
        this.corpus = corpus;
    }

    /** The story's {@code sentences} most central sentences, each with the article it is cited from. */
    public List<StorySummarizer.SummarySentence> summary(Story story, int sentences) throws SQLException {
        List<StorySummarizer.Source> sources = new ArrayList<>();
        for (String id : story.articles().subList(0, Math.min(ARTICLES_READ, story.articles().size()))) {
            Optional<StoredArticle> stored = corpus.store().article(id);
            if (stored.isPresent()) {
                CleanArticle a = stored.get().article();
                sources.add(new StorySummarizer.Source(a.id(), DisplayTitle.of(a.title(), a.text()), a.outlet(),
                        a.text()));
            }
        }
        return summarizer.summarize(sources, sentences);
    }
}
