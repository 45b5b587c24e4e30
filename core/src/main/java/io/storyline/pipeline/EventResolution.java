package io.storyline.pipeline;

import io.storyline.events.ArticleInput;
import io.storyline.events.EntityDirectory;
import io.storyline.events.Event;
import io.storyline.events.EventMention;
import io.storyline.events.EventMerger;
import io.storyline.events.coding.ArticleEventCoder;
import io.storyline.store.Corpus;
import io.storyline.store.CopyRecord;
import io.storyline.store.StoredArticle;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the events of the whole corpus and replaces the stored events: each English article coded
 * ({@link ArticleEventCoder}, with the resolved entities, so mentions of one person in different articles meet), then the mentions of one event merged across sentences, articles and
 * copies. Runs after entity and story resolution, since it reads their entity ids, titles and stories, and after
 * copy resolution, since copies count as one source. The parse is made here rather than kept from ingest, for the
 * sentences that may tell an event only (a word of them is a form of an event verb or noun): stored trees would
 * have to be migrated whenever the parser's model changes, and the share of ingest time is in docs/benchmarks.md.
 */
public final class EventResolution {
    private final ArticleEventCoder coder;

    public EventResolution() {
        this(new ArticleEventCoder());
    }

    public EventResolution(ArticleEventCoder coder) {
        this.coder = coder;
    }

    public List<Event> run(Corpus corpus) throws SQLException {
        return run(corpus, StageProgress.NONE);
    }

    /** Ticks once per article whose events are read (the slow part, in parallel). */
    public List<Event> run(Corpus corpus, StageProgress progress) throws SQLException {
        EntityDirectory directory = new EntityDirectory(corpus.store().entities().list(null, null, Integer.MAX_VALUE, 0));
        List<ArticleInput> inputs = new ArrayList<>();
        long after = 0;
        List<StoredArticle> page;
        while (!(page = corpus.store().articlesAfter(after, 1000)).isEmpty()) {
            for (StoredArticle stored : page) {
                var article = stored.article();
                if (article.text() != null && PageProcessor.readsAsEnglish(article.language())) {
                    Map<Integer, String> links = corpus.store().entities().linksOf(article.id());
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < stored.annotations().entities().size(); i++) {
                        ids.add(links.get(i));
                    }
                    Optional<CopyRecord> copy = corpus.store().copies().of(article.id());
                    String source = copy.map(CopyRecord::copyOf).orElse(null);
                    inputs.add(new ArticleInput(article.id(), article.text(), article.published(),
                            stored.annotations(), ids, source == null ? article.id() : source, article.outlet(),
                            corpus.store().stories().of(article.id())));
                }
            }
            after = page.get(page.size() - 1).seq();
        }
        progress.total(inputs.size());
        List<EventMention> mentions = inputs.parallelStream()
                .flatMap(input -> {
                    List<EventMention> found = coder.code(input, directory);
                    progress.tick();
                    return found.stream();
                }).toList();
        List<Event> events = new EventMerger().merge(mentions, directory::name);
        corpus.store().events().replace(events);
        return events;
    }
}
