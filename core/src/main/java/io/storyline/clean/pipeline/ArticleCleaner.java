package io.storyline.clean.pipeline;

import io.storyline.clean.CleanArticle;
import io.storyline.clean.Extraction;
import io.storyline.clean.PageHints;
import io.storyline.clean.html.HtmlArticleExtractor;
import io.storyline.clean.html.HtmlTextDump;
import io.storyline.clean.meta.ArticleMetadata;
import io.storyline.clean.meta.Evidenced;
import io.storyline.clean.meta.MetadataInput;
import io.storyline.clean.meta.MetadataResolver;
import io.storyline.clean.meta.date.DateClue;
import io.storyline.clean.text.LineStatistics;
import io.storyline.clean.text.TextArticleExtractor;
import io.storyline.ingest.Page;
import io.storyline.ingest.PageFormat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a page into an article: the main text by the extractor for its format, then the metadata read from the
 * whole page (clues outside the main text count too). Thread-safe; build one and reuse it.
 */
public final class ArticleCleaner {
    private final HtmlArticleExtractor html = new HtmlArticleExtractor();
    private final TextArticleExtractor text = new TextArticleExtractor();
    private final MetadataResolver metadata = new MetadataResolver();

    /**
     * A cleaned page and the day its relative time expressions count from: the likeliest publication day, even
     * when only the month is sure enough to publish, else the crawl day, else null; with the date clues weighed.
     */
    public record Cleaned(CleanArticle article, LocalDate timeAnchor, List<DateClue> dateClues) {
    }

    public CleanArticle clean(Page page) {
        return clean(page, LineStatistics.NONE).article();
    }

    /** Cleans with corpus evidence: lines that recur on many pages are boilerplate. */
    public Cleaned clean(Page page, LineStatistics corpus) {
        boolean isHtml = page.format() == PageFormat.HTML;
        Extraction extraction = isHtml ? html.extract(page.content(), page.url()) : text.extract(page.content(), corpus);
        PageHints hints = isHtml ? html.hints(page.content(), page.url()) : PageHints.NONE;
        String pageText = isHtml ? HtmlTextDump.dump(page.content()) : page.content();
        ArticleMetadata m = metadata.resolve(new MetadataInput(pageText, extraction.text(), extraction.title(), hints,
                page.url(), page.fetchedAt()));
        Map<String, String> evidence = new LinkedHashMap<>();
        putEvidence(evidence, "title", m.title());
        putEvidence(evidence, "outlet", m.outlet());
        putEvidence(evidence, "original_outlet", m.originalOutlet());
        putEvidence(evidence, "byline", m.byline());
        putEvidence(evidence, "language", m.language());
        putEvidence(evidence, "url", m.url());
        LocalDate anchor = m.likeliestDay() != null ? m.likeliestDay()
                : page.fetchedAt() == null ? null : LocalDate.ofInstant(page.fetchedAt(), ZoneOffset.UTC);
        return new Cleaned(new CleanArticle(page.id(), page.path(), Evidenced.valueOf(m.url()), Evidenced.valueOf(m.title()),
                Evidenced.valueOf(m.outlet()), Evidenced.valueOf(m.originalOutlet()), Evidenced.valueOf(m.byline()),
                Evidenced.valueOf(m.language()), m.published(), extraction.text(), extraction.removed(),
                page.fetchedAt(), evidence), anchor, m.dateClues());
    }

    private static void putEvidence(Map<String, String> evidence, String field, Evidenced value) {
        if (value != null) {
            evidence.put(field, value.evidence());
        }
    }
}
