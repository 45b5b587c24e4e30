package io.storyline.clean.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unseen data: language, byline and outlet read from the visible text of Mozilla Readability's 130 test pages,
 * no markup hints and no address, against their expected metadata (lang; byline where the page prints it;
 * siteName, which pages mostly state only in markup, so a low agreement is expected here).
 */
class ReadabilityPagesMetadataTest {

    private static final Path DIR = Path.of(System.getProperty("storyline.root", "."), "..", "shared", "data",
            "readability-test-pages");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, address, td, th, dd, dt, "
            + "pre, div:not(:has(div, p, li, h1, h2, h3, h4, table, section, article, ul, ol))";

    @Test
    void readsLanguageBylineAndOutletFromVisibleText() throws IOException {
        MetadataResolver resolver = new MetadataResolver();
        ObjectMapper json = new ObjectMapper();
        int langPages = 0, langRight = 0, langNone = 0, bylinePages = 0, bylineRight = 0, bylineNone = 0;
        List<String> langMisses = new ArrayList<>();
        List<String> bylineWrong = new ArrayList<>();
        List<String> outletWrong = new ArrayList<>();
        int sitePages = 0, siteRight = 0, siteNone = 0;
        try (var dirs = Files.list(DIR)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path meta = dir.resolve("expected-metadata.json");
                if (!Files.exists(meta)) continue;
                JsonNode expected = json.readTree(meta.toFile());
                Document doc = Jsoup.parse(Files.readString(dir.resolve("source.html")));
                doc.select("script, style, noscript, template, svg").remove();
                List<String> lines = new ArrayList<>();
                if (doc.body() != null) {
                    for (Element block : doc.body().select(BLOCKS)) {
                        String t = block.text().strip();
                        if (!t.isEmpty() && (lines.isEmpty() || !lines.getLast().equals(t))) lines.add(t);
                    }
                }
                String text = String.join("\n", lines);
                ArticleMetadata m = resolver.resolve(MetadataInput.ofText(text, text, doc.title()));
                String lang = expected.path("lang").asText("");
                if (lang.length() >= 2) {
                    langPages++;
                    String got = Evidenced.valueOf(m.language());
                    if (got == null) langNone++;
                    else if (lang.substring(0, 2).toLowerCase(Locale.ROOT).equals(got)) langRight++;
                    else langMisses.add(dir.getFileName() + ":" + lang + "→" + got);
                }
                String site = expected.path("siteName").asText("");
                if (!site.isBlank()) {
                    sitePages++;
                    String got = Evidenced.valueOf(m.outlet());
                    if (got == null) siteNone++;
                    else if (site.toLowerCase(Locale.ROOT).contains(got.toLowerCase(Locale.ROOT))
                            || got.toLowerCase(Locale.ROOT).contains(site.toLowerCase(Locale.ROOT))) siteRight++;
                    else outletWrong.add(dir.getFileName() + ":" + site + "→" + got);
                }
                String byline = expected.path("byline").asText("");
                if (!byline.isBlank() && text.contains(byline.strip())) {
                    bylinePages++;
                    String got = Evidenced.valueOf(m.byline());
                    if (got == null) bylineNone++;
                    else if (byline.toLowerCase(Locale.ROOT).contains(got.toLowerCase(Locale.ROOT))) bylineRight++;
                    else bylineWrong.add(dir.getFileName() + ":" + byline + "→" + got + " [" + m.byline().evidence() + "]");
                }
            }
        }
        System.out.printf("Readability pages, visible text, no hints: language %d/%d right, %d none, misses %s; "
                        + "byline (printed on page) %d/%d right, %d none, wrong %s%n",
                langRight, langPages, langNone, langMisses, bylineRight, bylinePages, bylineNone, bylineWrong);
        System.out.printf("Readability pages, visible text, no hints: outlet %d/%d agree with siteName, %d none, differ %s%n",
                siteRight, sitePages, siteNone, outletWrong);
        assertTrue(langRight >= 0.9 * langPages, langRight + "/" + langPages);
        assertTrue(bylineRight >= 18, bylineRight + "/" + bylinePages);
        assertTrue(siteRight >= 13, siteRight + "/" + sitePages);
    }
}
