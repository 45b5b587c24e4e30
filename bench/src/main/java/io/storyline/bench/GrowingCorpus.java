package io.storyline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Distinct, realistic news pages in any number, made from the TE3-Silver articles: page {@code n} takes the title,
 * lede and date of one article (a later page of the same article is dated weeks later, a follow-up) and three body
 * paragraphs drawn from the whole set, so no two pages are alike while their names, places and wording are real
 * news. Page {@code n} is the same on every run (a seed per page), so corpora of growing size share their first pages.
 */
final class GrowingCorpus {
    private static final int BODY_PARAGRAPHS = 3;
    private final List<DedupCorpus.Article> articles;
    private final List<String> paragraphs = new ArrayList<>();

    GrowingCorpus(List<DedupCorpus.Article> articles) {
        this.articles = articles.stream().filter(a -> a.date() != null && a.paragraphs().size() > 1).toList();
        this.articles.forEach(a -> paragraphs.addAll(a.paragraphs().subList(1, a.paragraphs().size())));
    }

    /** Writes pages [from, to) into {@code folder} as HTML with their publication date; returns the bytes written. */
    long write(int from, int to, Path folder) throws IOException {
        Files.createDirectories(folder);
        long bytes = 0;
        for (int n = from; n < to; n++) {
            Path file = folder.resolve(String.format("page-%08d.html", n));
            Files.writeString(file, page(n));
            bytes += Files.size(file);
        }
        return bytes;
    }

    String page(int n) {
        DedupCorpus.Article lead = articles.get(n % articles.size());
        int round = n / articles.size();
        SplittableRandom random = new SplittableRandom(0x5eedL * 31 + n);
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>").append(escape(lead.title()))
                .append("</title><meta property=\"article:published_time\" content=\"")
                .append(lead.date().plusDays(17L * round)).append("\"></head><body><article><h1>")
                .append(escape(lead.title())).append("</h1><p>").append(escape(lead.paragraphs().get(0))).append("</p>");
        for (int i = 0; i < BODY_PARAGRAPHS; i++) {
            html.append("<p>").append(escape(paragraphs.get(random.nextInt(paragraphs.size())))).append("</p>");
        }
        return html.append("</article></body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
