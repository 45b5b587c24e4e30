package io.storyline.clean.meta;

import io.storyline.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mozilla Readability's test pages (../shared/data/readability-test-pages) as the metadata tests read them:
 * the visible text block by block, the title element, a quick scrape of the published time, and the expected
 * metadata.
 */
public final class ReadabilityPages {

    private static final Path DIR = SharedData.path("data",
            "readability-test-pages");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, address, td, th, dd, dt, "
            + "pre, div:not(:has(div, p, li, h1, h2, h3, h4, table, section, article, ul, ol))";
    private static final Pattern LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    /** One page: its folder name, visible text, title element, scraped published time, expected metadata. */
    public record Page(String name, String text, String title, String scrapedPublished, JsonNode expected) {
    }

    private ReadabilityPages() {
    }

    public static List<Page> load() {
        ObjectMapper json = new ObjectMapper();
        List<Page> pages = new ArrayList<>();
        try (var dirs = Files.list(DIR)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path meta = dir.resolve("expected-metadata.json");
                Path html = dir.resolve("source.html");
                if (!Files.exists(meta) || !Files.exists(html)) continue;
                Document doc = Jsoup.parse(Files.readString(html));
                String scraped = scrapePublished(doc);
                pages.add(new Page(dir.getFileName().toString(), visibleText(doc), doc.title(), scraped,
                        json.readTree(meta.toFile())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** The page as text, one block a line, as a text dump of the page would show it (removes scripts). */
    private static String visibleText(Document doc) {
        doc.select("script, style, noscript, template, svg").remove();
        List<String> lines = new ArrayList<>();
        for (Element block : doc.body() == null ? List.<Element>of() : doc.body().select(BLOCKS)) {
            String t = block.text().strip();
            if (!t.isEmpty() && (lines.isEmpty() || !lines.getLast().equals(t))) lines.add(t);
        }
        return String.join("\n", lines);
    }

    /** JSON-LD datePublished, else article:published_time, as Readability prefers them. */
    private static String scrapePublished(Document doc) {
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            Matcher m = LD_PUBLISHED.matcher(ld.data());
            if (m.find()) return m.group(1);
        }
        Element meta = doc.selectFirst("meta[property=article:published_time]");
        return meta == null || meta.attr("content").isBlank() ? null : meta.attr("content");
    }
}
