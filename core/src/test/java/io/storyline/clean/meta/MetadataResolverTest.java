package io.storyline.clean.meta;

import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.clean.CleanArticle;
import io.storyline.clean.PageHints;
import io.storyline.ingest.Page;
import io.storyline.ingest.PageFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetadataResolverTest {
    private static final MetadataResolver RESOLVER = new MetadataResolver();
    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    private static CleanArticle cleanText(String resource) throws IOException {
        try (var in = Objects.requireNonNull(MetadataResolverTest.class.getResourceAsStream("text-dumps/" + resource))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return CLEANER.clean(new Page(resource, resource, null, PageFormat.TEXT, text, "UTF-8", null));
        }
    }

    private static CleanArticle cleanHtml(String html, String crawlUrl) {
        return CLEANER.clean(new Page("p", "p.html", crawlUrl, PageFormat.HTML, html, "UTF-8", null));
    }

    @Test
    void decodesEntitiesInEveryMetadataField() {
        PageHints hints = new PageHints("Investors don&#39;t panic", "Ann Lee &amp; Bo Park", "Bike &amp; Style", null, "en",
                null, "title=meta[og:title]; byline=meta[author]; siteName=meta[og:site_name]");
        ArticleMetadata m = RESOLVER.resolve(new MetadataInput("Text of the story.", "Text of the story.", null, hints, null, null));
        assertEquals("Investors don't panic", m.title().value());
        assertEquals("Bike & Style", m.outlet().value());
        assertEquals("Ann Lee and Bo Park", m.byline().value());
    }

    @Test
    void decodesEntitiesEscapedInsideJsonLd() {
        CleanArticle a = cleanHtml("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Olive &#038; Herb Focaccia Bread\",\"publisher\":{\"name\":\"Bike &amp; Style\"}}</script>"
                + "</head><body><article><p>Bake the bread for twenty minutes until golden, then let it cool.</p></article></body></html>", null);
        assertEquals("Olive & Herb Focaccia Bread", a.title());
        assertEquals("Bike & Style", a.outlet());
    }

    @Test
    void fillsTheUrlFromTheCanonicalLinkWithEvidence() {
        CleanArticle a = cleanHtml("<html><head><link rel='canonical' href='https://news.example.org/2023/dam-opens'>"
                + "</head><body><p>The dam opened on Tuesday.</p></body></html>", null);
        assertEquals("https://news.example.org/2023/dam-opens", a.url());
        assertTrue(a.evidence().get("url").contains("link[rel=canonical]"), a.evidence().toString());
    }

    @Test
    void prefersTheCrawlRecordsUrlToTheOneThePageDeclares() {
        CleanArticle a = cleanHtml("<html><head><meta property='og:url' content='https://news.example.org/a'></head>"
                + "<body><p>The dam opened on Tuesday.</p></body></html>", "https://mirror.example.net/a");
        assertEquals("https://mirror.example.net/a", a.url());
        assertEquals("address in the crawl record", a.evidence().get("url"));
    }

    @Test
    void readsTheOutletFromATextPagesOpeningLineAndNeverTakesItAsTitle() throws IOException {
        CleanArticle ap = cleanText("ap.txt"), cnn = cleanText("cnn.txt"), bbc = cleanText("bbc.txt");
        assertEquals("AP", ap.outlet());
        assertEquals("CNN", cnn.outlet());
        assertEquals("BBC", bbc.outlet());
        assertNotEquals("Associated Press", ap.title());
        assertNotEquals("CNN", cnn.title());
        assertNotEquals("BBC News", bbc.title());
        assertEquals("Tom Krisher", ap.byline());
        assertEquals("Jane Morales", cnn.byline());
        assertEquals("Chris Fairley", bbc.byline());
    }

    @Test
    void readsTheOutletOfANewsArchiveStoryId() {
        String text = "AFP_ENG_20051202.0007\n\nLAKE LOUISE, Canada, Dec 2, 2005\n\nItaly's Recchia crashes during downhill\n\n"
                + "Italy's Lucia Recchia crashed at high speed in Friday's women's World Cup downhill and was airlifted to hospital.\n";
        ArticleMetadata m = RESOLVER.resolve(MetadataInput.ofText(text, text, null));
        assertEquals("AFP", m.outlet().value());
        assertEquals(null, m.byline(), "the dateline's place is no byline");
    }
}
