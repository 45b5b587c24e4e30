package io.storyline.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.storyline.clean.CleanArticle;
import io.storyline.clean.Extraction;
import io.storyline.clean.Granularity;
import io.storyline.clean.PublishedDate;
import io.storyline.ingest.Page;
import io.storyline.ingest.PageFormat;
import io.storyline.nlp.Annotations;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stored page and its article as flat columns (nested parts as the store's JSON): the form in which a
 * distributed run hands its articles between machines and writes them to Parquet, and from which {@code import}
 * stores them again, so a page read on a cluster arrives in the store exactly as an embedded ingest stores it.
 *
 * @param seq   order of arrival (position of the page in the crawl as read)
 * @param seen  the other places the same page was read, as {"path", "url", "fetched_at"} objects (JSON)
 */
public record ArticleRow(long seq, String id, String path, String pageUrl, String url, String format, String charset,
                         String fetchedAt, String content, String title, String outlet, String originalOutlet,
                         String byline, String language, String published, String publishedGranularity,
                         String publishedEvidence, Double publishedConfidence, String text, String removed,
                         String annotations, String evidence, String failures, String seen) implements Serializable {

    /** A place a page was read again. */
    public record Sighting(String path, String url, String fetched_at) {
    }

    public static ArticleRow of(long seq, Arrival arrival, List<Page> seenAgain) {
        Page p = arrival.page();
        CleanArticle a = arrival.article();
        PublishedDate d = a.published();
        List<Sighting> sightings = seenAgain.stream()
                .map(s -> new Sighting(s.path(), s.url(), s.fetchedAt() == null ? null : s.fetchedAt().toString())).toList();
        return new ArticleRow(seq, p.id(), p.path(), p.url(), a.url(), p.format().name(), p.charset(),
                p.fetchedAt() == null ? null : p.fetchedAt().toString(), p.content(), a.title(), a.outlet(),
                a.originalOutlet(), a.byline(), a.language(), d == null ? null : d.value(),
                d == null ? null : d.granularity().name(), d == null ? null : d.evidence(), d == null ? null : d.confidence(),
                a.text(), write(a.removed()), write(arrival.annotations() == null ? Annotations.NONE : arrival.annotations()),
                write(a.evidence()), write(arrival.failures()), write(sightings));
    }

    public Page page() {
        return new Page(id, path, pageUrl, PageFormat.valueOf(format), content, charset, instant(fetchedAt));
    }

    public PublishedDate publishedDate() {
        return published == null ? null : new PublishedDate(published, Granularity.valueOf(publishedGranularity),
                publishedEvidence, publishedConfidence == null ? 0 : publishedConfidence);
    }

    public CleanArticle article() {
        return new CleanArticle(id, path, url, title, outlet, originalOutlet, byline, language, publishedDate(), text,
                read(removed, new TypeReference<List<Extraction.Removed>>() { }), instant(fetchedAt),
                read(evidence, new TypeReference<Map<String, String>>() { }));
    }

    public Annotations annotationsValue() {
        return read(annotations, new TypeReference<Annotations>() { });
    }

    /** The page's arrival, then one for every other place it was read. */
    public List<Arrival> arrivals() {
        List<Arrival> out = new ArrayList<>();
        Page page = page();
        out.add(new Arrival(page, article(), annotationsValue(), read(failures, new TypeReference<List<StageFailure>>() { })));
        for (Sighting s : read(seen, new TypeReference<List<Sighting>>() { })) {
            out.add(Arrival.seenAgain(new Page(id, s.path(), s.url(), page.format(), content, charset, instant(s.fetched_at()))));
        }
        return out;
    }

    /** The same row with a refined publication date and the annotations made against it. */
    public ArticleRow withPublished(PublishedDate date, Annotations reannotated) {
        return new ArticleRow(seq, id, path, pageUrl, url, format, charset, fetchedAt, content, title, outlet,
                originalOutlet, byline, language, date.value(), date.granularity().name(), date.evidence(),
                date.confidence(), text, removed, write(reannotated), evidence, failures, seen);
    }

    /** The same row without the raw page, for work that needs only the article. */
    public ArticleRow withoutContent() {
        return new ArticleRow(seq, id, path, pageUrl, url, format, charset, fetchedAt, null, title, outlet,
                originalOutlet, byline, language, published, publishedGranularity, publishedEvidence,
                publishedConfidence, text, removed, annotations, evidence, failures, seen);
    }

    /** The same row with its raw page back (after work that did not need it). */
    public ArticleRow withContent(String pageContent) {
        return new ArticleRow(seq, id, path, pageUrl, url, format, charset, fetchedAt, pageContent, title, outlet,
                originalOutlet, byline, language, published, publishedGranularity, publishedEvidence,
                publishedConfidence, text, removed, annotations, evidence, failures, seen);
    }

    private static Instant instant(String iso) {
        return iso == null ? null : Instant.parse(iso);
    }

    private static String write(Object value) {
        return ColumnJson.write(value);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        return ColumnJson.read(json, type, "JSON");
    }
}
