package io.storyline.pipeline;

import io.storyline.events.ArticleInput;
import io.storyline.events.EntityDirectory;
import io.storyline.events.Event;
import io.storyline.events.EventMention;
import io.storyline.events.EventMerger;
import io.storyline.events.coding.ArticleEventCoder;
import io.storyline.events.coding.RecordedEntities;
import io.storyline.store.Corpus;
import io.storyline.store.EventCodingStore.EventCoding;
import io.storyline.store.ResolvedArticle;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Finds the events of the whole corpus and replaces the stored events: each English article coded
 * ({@link ArticleEventCoder}, with the resolved entities, so mentions of one person in different articles meet), then
 * the mentions of one event merged across sentences, articles and copies. Runs after entity and story resolution,
 * since it reads their entity ids, titles and stories, and after copy resolution, since copies count as one source.
 * The parse is made here rather than kept from ingest, for the sentences that may tell an event only (a word of them
 * is a form of an event verb or noun): stored trees would have to be migrated whenever the parser's model changes.
 * <p>
 * Coding, the costly part, is kept per article ({@code event_codings}): an article is coded again only when its
 * inputs changed (its text, date, annotations, entity ids, copy source, outlet or story: {@link
 * ArticleEventCoder#inputKey}) or when the resolved entities now answer a question its coding asked differently
 * ({@link RecordedEntities}). Merging stays corpus-wide, over the kept and the new mentions alike.
 */
public final class EventResolution implements CorpusStage {
    private static final int PAGE = 1000;
    private final ArticleEventCoder coder;
    private int codedLastRun;

    public EventResolution() {
        this(new ArticleEventCoder());
    }

    public EventResolution(ArticleEventCoder coder) {
        this.coder = coder;
    }

    /** Ticks once per article (the slow ones, coded again, in parallel). */
    @Override
    public void run(Corpus corpus, ArticleChanges changes, StageProgress progress) throws SQLException {
        EntityDirectory directory = new EntityDirectory(corpus.store().entities().list(null, null, Integer.MAX_VALUE, 0));
        progress.total(corpus.store().pageCount());
        long storeSeq = corpus.store().maxSeq();
        List<EventMention> mentions = new ArrayList<>();
        int coded = 0;
        long after = 0;
        List<ResolvedArticle> page;
        while (!(page = corpus.store().resolvedArticlesAfter(after, PAGE)).isEmpty()) {
            long last = page.get(page.size() - 1).stored().seq();
            Map<String, EventCoding> kept = corpus.store().eventCodings().between(after, last);
            List<EventCoding> fresh = Collections.synchronizedList(new ArrayList<>());
            List<List<EventMention>> found = page.parallelStream().map(resolved -> {
                List<EventMention> of = mentionsOf(resolved, directory, kept, fresh);
                progress.tick();
                return of;
            }).toList();
            found.forEach(mentions::addAll);
            corpus.store().eventCodings().put(fresh, storeSeq);
            coded += fresh.size();
            after = last;
        }
        codedLastRun = coded;
        List<Event> events = new EventMerger().merge(mentions, directory::name);
        corpus.store().events().replace(events);
    }

    /** How many articles the last run coded (the others' mentions were kept from before). */
    int codedLastRun() {
        return codedLastRun;
    }

    /** The article's mentions: kept ones when still valid, else coded now (and added to {@code coded}). */
    private List<EventMention> mentionsOf(ResolvedArticle resolved, EntityDirectory directory,
                                          Map<String, EventCoding> kept, List<EventCoding> coded) {
        var stored = resolved.stored();
        var article = stored.article();
        if (article.text() == null || !PageProcessor.readsAsEnglish(article.language())) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < stored.annotations().entities().size(); i++) {
            ids.add(resolved.entityLinks().get(i));
        }
        ArticleInput input = new ArticleInput(article.id(), article.text(), article.published(), stored.annotations(),
                ids, resolved.copyOf() == null ? article.id() : resolved.copyOf(), article.outlet(), resolved.story());
        String key = ArticleEventCoder.inputKey(input);
        EventCoding before = kept.get(article.id());
        if (before != null && before.inputKey().equals(key)
                && RecordedEntities.stillAnswered(before.questions(), directory)) {
            return before.mentions();
        }
        ArticleEventCoder.Coding coding = coder.codeRecorded(input, directory);
        coded.add(new EventCoding(article.id(), key, coding.questions(), coding.mentions()));
        return coding.mentions();
    }
}
