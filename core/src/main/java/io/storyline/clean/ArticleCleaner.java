package io.storyline.clean;

import io.storyline.clean.html.HtmlArticleExtractor;
import io.storyline.clean.text.TextArticleExtractor;
import io.storyline.ingest.Page;
import io.storyline.ingest.PageFormat;

/** Turns a page into an article: main text by the extractor for its format, then metadata. Thread-safe. */
public final class ArticleCleaner {
    private final HtmlArticleExtractor html = new HtmlArticleExtractor();
    private final TextArticleExtractor text = new TextArticleExtractor();

    public CleanArticle clean(Page page) {
        Extraction extraction = page.format() == PageFormat.HTML
                ? html.extract(page.content(), page.url())
                : text.extract(page.content());
        return new CleanArticle(page.id(), page.path(), page.url(), extraction.title(), null, null, null, null, null,
                extraction.text(), extraction.removed(), page.fetchedAt());
    }
}
