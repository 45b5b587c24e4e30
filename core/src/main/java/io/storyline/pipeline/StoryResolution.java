package io.storyline.pipeline;

import io.storyline.resolve.story.Story;
import io.storyline.resolve.story.StoryGrouper;
import io.storyline.resolve.story.StoryInput;
import io.storyline.resolve.story.StoryTerms;
import io.storyline.resolve.story.TermVector;
import io.storyline.store.Corpus;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the corpus into stories from the resolved entities, copies, dates and words, and stores them. Reads the
 * articles twice rather than holding their texts ({@link StoryTerms}); words count for English articles only, as
 * the analyser stems English.
 */
final class StoryResolution implements CorpusStage {
    private final StoryGrouper grouper = new StoryGrouper();

    @Override
    public void run(Corpus corpus, ArticleChanges changes, StageProgress progress) throws SQLException {
        List<StoryInput> inputs = inputs(corpus, progress);
        Map<String, String> names = new HashMap<>();
        for (var entity : corpus.store().entities().list(null, null, Integer.MAX_VALUE, 0)) {
            names.put(entity.id(), entity.name());
        }
        List<Story> stories = grouper.group(inputs, names);
        corpus.store().stories().replace(stories);
    }

    /** What grouping knows of each stored article, in order of arrival. */
    static List<StoryInput> inputs(Corpus corpus, StageProgress progress) throws SQLException {
        progress.total(2L * corpus.store().pageCount());
        List<StoryInput> inputs = new ArrayList<>();
        try (StoryTerms terms = new StoryTerms()) {
            corpus.store().forEachArticle(stored -> {
                progress.tick();
                var a = stored.article();
                if (IngestPipeline.readsAsEnglish(a.language())) {
                    terms.count(a.title(), a.text());
                }
            });
            corpus.store().forEachResolvedArticle(resolved -> {
                progress.tick();
                var a = resolved.stored().article();
                Map<String, Integer> entities = new LinkedHashMap<>();
                for (String entity : resolved.entityLinks().values()) {
                    entities.merge(entity, 1, Integer::sum);
                }
                String original = resolved.copyOf();
                inputs.add(new StoryInput(a.id(), a.title(), a.published() == null ? null : a.published().firstDay(),
                        a.published() == null ? null : a.published().value(), entities, original,
                        IngestPipeline.readsAsEnglish(a.language()) ? terms.vector(a.title(), a.text()) : TermVector.EMPTY));
            });
        }
        return inputs;
    }
}
