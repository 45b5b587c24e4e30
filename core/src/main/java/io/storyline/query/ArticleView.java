package io.storyline.query;

import io.storyline.clean.CleanArticle;
import io.storyline.clean.Extraction;
import io.storyline.nlp.EntityMention;
import io.storyline.nlp.Quote;
import io.storyline.nlp.TimeMention;
import io.storyline.store.CopyRecord;
import io.storyline.store.StageFailure;
import io.storyline.store.StoredArticle;

import java.util.List;
import java.util.Map;

/**
 * An article as users' scripts see it (the Article of the contract, field names in snake_case when written),
 * plus what Storyline adds: the title to show ({@link DisplayTitle}), the copy record behind copy_of and copy_kind, url, granularity, crawl time, every place the page was seen, the evidence of each
 * metadata field, and on request the
 * blocks removed as boilerplate, and the stages that failed on the page (stored all the same, with what the stages
 * before gave).
 */
public record ArticleView(String id, String path, String url, String title, String displayTitle, String outlet, String originalOutlet,
                          String byline, String language, String published, String publishedGranularity,
                          String publishedEvidence, Double publishedConfidence, String text, String copyOf,
                          String copyKind, String story, List<EntityRef> entities, List<TimeMention> times,
                          List<QuoteView> quotes, CopyRecord copy, String fetchedAt, String charset, List<String> sources,
                          Map<String, String> evidence, List<Extraction.Removed> removed,
                          List<StageFailure> failures) {

    static ArticleView of(StoredArticle stored, List<String> sources, Map<Integer, String> entityIds, CopyRecord copy,
                          String story, boolean withRemoved, List<StageFailure> failures) {
        List<EntityMention> mentions = stored.annotations().entities();
        List<EntityRef> entities = new java.util.ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            entities.add(new EntityRef(entityIds.get(i), m.type(), m.surface(), m.start(), m.end()));
        }
        List<QuoteView> quotes = new java.util.ArrayList<>();
        for (Quote q : stored.annotations().quotes()) {
            EntityMention speaker = q.speaker();
            int index = speaker == null ? -1 : mentions.indexOf(speaker);
            quotes.add(new QuoteView(q.text(), q.start(), q.end(), index < 0 ? null : entityIds.get(index),
                    speaker == null ? null : speaker.surface(), q.evidence()));
        }
        CleanArticle a = stored.article();
        var d = a.published();
        return new ArticleView(a.id(), a.path(), a.url(), a.title(), DisplayTitle.of(a.title(), a.text()), a.outlet(), a.originalOutlet(), a.byline(),
                a.language(), d == null ? null : d.value(), d == null ? null : d.granularity().name().toLowerCase(),
                d == null ? null : d.evidence(), d == null ? null : d.confidence(), a.text(), copy == null ? null : copy.copyOf(),
                copy == null ? null : copy.kind().label(), story,
                entities, stored.annotations().times(), quotes, copy, a.fetchedAt() == null ? null : a.fetchedAt().toString(),
                stored.charset(), sources, a.evidence(), withRemoved ? a.removed() : null, failures);
    }
}
