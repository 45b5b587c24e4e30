package io.storyline.clean;

import java.time.Instant;
import java.util.List;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A page reduced to its article: main text plus metadata, each field with the evidence behind it.
 *
 * @param id             the page id (stable content hash)
 * @param path           where the page was read
 * @param url            the page address, or null
 * @param title          headline, or null
 * @param outlet         the publisher whose page this is (falls back to the credited wire when no other)
 * @param originalOutlet the wire agency or original publisher the page credits, or null
 * @param byline         author names as printed, or null
 * @param language       ISO 639-1 code, or null
 * @param published      publication date with evidence, or null when nothing supports one
 * @param text           the clean main text, one paragraph a line
 * @param removed        the page blocks dropped as boilerplate, in page order, for "show removed"
 * @param fetchedAt      crawl time, when known
 * @param evidence       for each metadata field that has a value ("title", "outlet", …, in name order), the text that supports it
 *                       and the rule that read it (the date's evidence is in {@link PublishedDate})
 */
public record CleanArticle(String id, String path, String url, String title, String outlet, String originalOutlet,
                           String byline, String language, PublishedDate published, String text,
                           List<Extraction.Removed> removed, Instant fetchedAt, Map<String, String> evidence) {
    public CleanArticle {
        removed = List.copyOf(removed);
        evidence = Collections.unmodifiableMap(new TreeMap<>(evidence));
    }

    /** The same article with another publication date (refined with the corpus after ingest). */
    public CleanArticle withPublished(PublishedDate date) {
        return new CleanArticle(id, path, url, title, outlet, originalOutlet, byline, language, date, text, removed,
                fetchedAt, evidence);
    }
}
