package io.storyline.clean.meta.date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.clean.PublishedDate;
import io.storyline.clean.meta.WireAgencies;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unseen data: the 130 pages of Mozilla Readability's test suite, whose expected metadata gives publishedTime
 * for 33. The resolver reads the page's visible text block by block; hints carry only a quick scrape of
 * JSON-LD datePublished / article:published_time (the real hint extraction is another stage's job). Measured
 * twice: with that hint, and from the visible text alone, which is what the clue solver is worth by itself.
 */
class ReadabilityPagesDateTest {

    private static final Path DIR = Path.of(System.getProperty("storyline.root", "."), "..", "shared", "data",
            "readability-test-pages");
    private static final Pattern LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, address, td, th, dd, dt, "
            + "pre, div:not(:has(div, p, li, h1, h2, h3, h4, table, section, article, ul, ol))";

    record Page(String name, String text, String title, String scrapedPublished, LocalDate truth) {
    }

    static List<Page> pages = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (var dirs = Files.list(DIR)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path meta = dir.resolve("expected-metadata.json");
                Path html = dir.resolve("source.html");
                if (!Files.exists(meta) || !Files.exists(html)) continue;
                JsonNode expected = json.readTree(meta.toFile());
                String published = expected.path("publishedTime").isTextual() ? expected.get("publishedTime").asText() : null;
                Document doc = Jsoup.parse(Files.readString(html));
                String scraped = scrapePublished(doc);
                pages.add(new Page(dir.getFileName().toString(), visibleText(doc), doc.title(), scraped,
                        published == null ? null : LocalDate.parse(published.substring(0, 10))));
            }
        }
    }

    /** The page as text, one block a line, as a text dump of the page would show it. */
    static String visibleText(Document doc) {
        doc.select("script, style, noscript, template, svg").remove();
        List<String> lines = new ArrayList<>();
        for (Element block : doc.body() == null ? List.<Element>of() : doc.body().select(BLOCKS)) {
            String t = block.text().strip();
            if (!t.isEmpty() && (lines.isEmpty() || !lines.getLast().equals(t))) lines.add(t);
        }
        return String.join("\n", lines);
    }

    static String scrapePublished(Document doc) {
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            Matcher m = LD_PUBLISHED.matcher(ld.data());
            if (m.find()) return m.group(1);
        }
        Element meta = doc.selectFirst("meta[property=article:published_time]");
        return meta == null || meta.attr("content").isBlank() ? null : meta.attr("content");
    }

    static DateTally run(boolean withHint, List<String> datedWithoutTruth) {
        PublishedDateResolver resolver = new PublishedDateResolver(new WireAgencies()::namedIn);
        DateTally tally = new DateTally();
        for (Page p : pages) {
            PublishedDate got = resolver.resolve(p.text(), p.text(), p.title(), withHint ? p.scrapedPublished() : null, null, null)
                    .orElse(null);
            if (p.truth() != null) {
                int wrong = tally.wrong;
                tally.add(p.truth(), got);
                if (System.getenv("DEBUG_DATES") != null && (tally.wrong > wrong || got == null)) {
                    System.out.println("WRONG " + p.name() + " truth " + p.truth() + " hint " + p.scrapedPublished() + " got " + got);
                }
            } else if (got != null) {
                datedWithoutTruth.add(p.name() + "=" + got.value());
            }
        }
        return tally;
    }

    @Test
    void datesPagesFromScrapedHint() {
        List<String> extra = new ArrayList<>();
        DateTally t = run(true, extra);
        System.out.println("Readability pages with publishedTime, hint + text: " + t + "; dated without truth: " + extra.size());
        assertTrue(t.pages >= 30, t.toString());
        assertTrue(t.right >= 31, t.toString());
        assertTrue(t.wrong <= 1, t.toString());
    }

    @Test
    void datesPagesFromVisibleTextAlone() {
        List<String> extra = new ArrayList<>();
        DateTally t = run(false, extra);
        System.out.println("Readability pages with publishedTime, text only: " + t + "; dated without truth: " + extra.size() + " " + extra);
        assertTrue(t.right + t.withinDay >= 10, t.toString());
        assertTrue(t.wrong <= 2, t.toString());
    }
}
