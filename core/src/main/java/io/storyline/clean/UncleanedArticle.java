package io.storyline.clean;

import io.storyline.ingest.Page;
import org.jsoup.Jsoup;

import java.util.List;
import java.util.Map;

/**
 * What a page is when cleaning it failed: its whole text, with no metadata, so the page is still stored,
 * searchable and named as failed rather than lost. jsoup's text() walks the tree iteratively, so even the pages
 * that defeat the cleaner give their text.
 */
public final class UncleanedArticle {
    private UncleanedArticle() {
    }

    public static CleanArticle of(Page page) {
        String text = switch (page.format()) {
            case HTML -> Jsoup.parse(page.content()).text();
            default -> page.content();
        };
        return new CleanArticle(page.id(), page.path(), page.url(), null, null, null, null, null, null, text,
                List.of(), page.fetchedAt(), Map.of());
    }
}
