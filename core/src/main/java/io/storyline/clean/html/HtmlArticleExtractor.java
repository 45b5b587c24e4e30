package io.storyline.clean.html;

import io.storyline.clean.Extraction;
import io.storyline.clean.PageHints;
import org.jsoup.Jsoup;

import java.util.List;

/** Main text of an HTML page. SCAFFOLD: returns the body text until the real extractor lands. */
public final class HtmlArticleExtractor {

    public Extraction extract(String html, String url) {
        var doc = Jsoup.parse(html, url == null ? "" : url);
        return new Extraction(doc.title(), doc.body() == null ? "" : doc.body().text(), List.of());
    }

    public PageHints hints(String html, String url) {
        return PageHints.NONE;
    }
}
