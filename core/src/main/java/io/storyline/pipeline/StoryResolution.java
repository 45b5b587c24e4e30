package io.storyline.pipeline;

import io.storyline.resolve.story.Story;
import io.storyline.resolve.story.StoryGrouper;
import io.storyline.resolve.story.StoryInput;
import io.storyline.resolve.story.TermCounter;
import io.storyline.resolve.story.TermVector;
import io.storyline.store.Corpus;
import io.storyline.store.CopyRecord;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the corpus into stories from the resolved entities, copies, dates and words, and stores them. Reads the
 * articles twice rather than holding their texts: once to count in how many articles each word occurs, once to
 * give each article its heaviest TF-IDF words (English only: the analyser stems English).
 */
final class StoryResolution {
    /** How many of its heaviest words stand for an article. */
    static final int ARTICLE_TERMS = 60;
    private final StoryGrouper grouper = new StoryGrouper();

    List<Story> run(Corpus corpus) throws SQLException {
        return run(corpus, StageProgress.NONE);
    }

    List<Story> run(Corpus corpus, StageProgress progress) throws SQLException {
        List<StoryInput> inputs = inputs(corpus, progress);
        Map<String, String> names = new HashMap<>();
        for (var entity : corpus.store().entities().list(null, null, Integer.MAX_VALUE, 0)) {
            names.put(entity.id(), entity.name());
        }
        List<Story> stories = grouper.group(inputs, names);
        corpus.store().stories().replace(stories);
        return stories;
    }

    /** What grouping knows of each stored article, in order of arrival. */
    static List<StoryInput> inputs(Corpus corpus, StageProgress progress) throws SQLException {
        progress.total(2L * corpus.store().pageCount());
        List<StoryInput> inputs = new ArrayList<>();
        try (TermCounter counter = new TermCounter()) {
            Map<String, Integer> documentFrequency = new HashMap<>();
            int[] documents = {0};
            corpus.store().forEachArticle(stored -> {
                progress.tick();
                if (IngestPipeline.readsAsEnglish(stored.article().language())) {
                    documents[0]++;
                    counter.count(textOf(stored.article())).keySet()
                            .forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
                }
            });
            double n = Math.max(1, documents[0]);
            corpus.store().forEachArticle(stored -> {
                progress.tick();
                var a = stored.article();
                Map<String, Integer> entities = new LinkedHashMap<>();
                for (String entity : corpus.store().entities().linksOf(a.id()).values()) {
                    entities.merge(entity, 1, Integer::sum);
                }
                String original = corpus.store().copies().of(a.id()).map(CopyRecord::copyOf).orElse(null);
                TermVector terms = IngestPipeline.readsAsEnglish(a.language())
                        ? TermVector.of(counter.count(textOf(a)),
                                t -> Math.log(n / documentFrequency.getOrDefault(t, 1)), ARTICLE_TERMS)
                        : TermVector.EMPTY;
                inputs.add(new StoryInput(a.id(), a.title(), a.published() == null ? null : a.published().firstDay(),
                        a.published() == null ? null : a.published().value(), entities, original, terms));
            });
        }
        return inputs;
    }

    private static String textOf(io.storyline.clean.CleanArticle a) {
        return a.title() == null ? a.text() : a.title() + "\n" + a.title() + "\n" + a.text();
    }
}
