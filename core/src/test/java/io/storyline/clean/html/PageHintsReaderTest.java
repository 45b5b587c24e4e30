package io.storyline.clean.html;

import io.storyline.clean.PageHints;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageHintsReaderTest {
    private static PageHints hints(String html) {
        return new HtmlArticleExtractor().hints(html, "https://example.org/a");
    }

    @Test
    void readsJsonLdFirst() {
        PageHints h = hints("<html lang='en'><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"Dam opens\",\"author\":[{\"@type\":\"Person\",\"name\":\"A. Writer\"},"
                + "{\"name\":\"B. Writer\"}],\"publisher\":{\"name\":\"The Paper\"},\"datePublished\":\"2021-05-04T10:00:00Z\"}"
                + "</script><meta property='og:title' content='Other title'></head><body></body></html>");
        assertEquals("Dam opens", h.title());
        assertEquals("A. Writer, B. Writer", h.byline());
        assertEquals("The Paper", h.siteName());
        assertEquals("2021-05-04T10:00:00Z", h.published());
        assertEquals("en", h.language());
        assertTrue(h.source().contains("published=json-ld:datePublished"), h.source());
    }

    @Test
    void readsOpenGraphAndArticleMeta() {
        PageHints h = hints("<head><meta property='og:title' content='Dam opens'><meta property='og:site_name' content='Paper'>"
                + "<meta property='article:published_time' content='2021-05-04'><meta name='author' content='C. Writer'>"
                + "<link rel='canonical' href='https://example.org/dam'></head><body></body>");
        assertEquals("Dam opens", h.title());
        assertEquals("Paper", h.siteName());
        assertEquals("2021-05-04", h.published());
        assertEquals("C. Writer", h.byline());
        assertEquals("https://example.org/dam", h.url());
        assertTrue(h.source().contains("siteName=meta[og:site_name]"));
    }

    @Test
    void fallsBackToBylineElementAndTimeElement() {
        PageHints h = hints("<title>Dam opens on the river today | Paper</title><body><nav><a rel='author'>Menu Person</a></nav>"
                + "<span class='byline'>By D. Writer</span><time datetime='2021-05-04T08:00'>May 4</time></body>");
        assertEquals("Dam opens on the river today", h.title());
        assertEquals("By D. Writer", h.byline());
        assertEquals("2021-05-04T08:00", h.published());
    }

    @Test
    void readsTheTimeElementWhenTheBodyClassNamesASidebar() {
        assertEquals("2014-01-27T19:02:50+00:00", hints("<body class='home has-sidebar'><article><h1>Post</h1>"
                + "<time class='entry-date' datetime='2014-01-27T19:02:50+00:00' pubdate>27. Januar 2014</time></article></body>").published());
    }

    @Test
    void readsTheModifiedTimeBesideThePublishedOne() {
        PageHints h = hints("<head><meta property='article:published_time' content='2021-11-29T14:13:37+00:00'>"
                + "<meta property='article:modified_time' content='2022-01-12T14:27:30+00:00'></head>");
        assertEquals("2021-11-29T14:13:37+00:00", h.published());
        assertEquals("2022-01-12T14:27:30+00:00", h.modified());
    }

    @Test
    void ignoresAuthorMetaThatIsAUrl() {
        assertNull(hints("<head><meta property='article:author' content='https://facebook.com/someone'></head>").byline());
    }

    @Test
    void skipsTimeElementsOfCommentsAndPrefersDeclaredDate() {
        assertEquals("2021-05-04", hints("<body><div class='comments'><time datetime='2021-06-01'>June</time></div>"
                + "<p>Text</p><time datetime='2021-05-04'>May 4</time></body>").published());
        assertEquals("2021-05-03", hints("<body><time datetime='2021-05-04'>May 4</time>"
                + "<meta itemprop='datePublished' content='2021-05-03'></body>").published());
    }

    @Test
    void readsTheAuthorLinkInsideABylineBoxAndSkipsFollowWidgets() {
        assertEquals("Lucas Nolan", hints("<body><div class='author-follow'>Katie Couric</div><p class='byline'>"
                + "<span class='by-author'>by <a class='byauthor' href='/author/ln'>Lucas Nolan</a></span>"
                + "<span class='bydate'>22 Dec 2016</span>651</p></body>").byline());
    }

    @Test
    void readsTheUrlFromJsonLdAndResolvesRelativeAddresses() {
        assertEquals("https://example.org/news/dam", hints("<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"url\":\"https://example.org/news/dam\"}</script></head><body></body>").url());
        assertEquals("https://example.org/news/dam", hints("<head><meta property='og:url' content='/news/dam'></head>").url());
        assertNull(new HtmlArticleExtractor().hints("<head><meta property='og:url' content='/news/dam'></head>", null).url());
    }

    @Test
    void readsDatePublishedOfAHowToWhenNoArticleIsDeclared() {
        PageHints h = hints("<head><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"HowTo\","
                + "\"name\":\"Sew a round tablecloth\",\"datePublished\":\"2022-01-10T22:06:08Z\"}</script></head><body></body>");
        assertEquals("2022-01-10T22:06:08Z", h.published());
        assertTrue(h.source().contains("published=json-ld:datePublished of another type"), h.source());
    }

    @Test
    void readsThePublicationTimeMostScriptItemsNameButNotAsMarkup() {
        PageHints h = hints("<head><script>window.state = {\"image\":{\"createdAt\":\"2021-12-30T10:00:00+01:00\"},"
                + "\"blocks\":[{\"createdAt\":\"2022-01-31T15:58:43+01:00\"},{\"createdAt\":\"2022-01-31T16:00:00+01:00\"}]};"
                + "</script></head><body><p>Text</p></body>");
        assertEquals("2022-01-31T15:58:43+01:00", h.scriptPublished());
        assertNull(h.published());
    }

    @Test
    void prefersAPublishedKeyOfScriptDataToCreatedOnes() {
        assertEquals("2019-03-02T06:22:28+01:00", hints("<script>var meta = {\"created_at\":\"2019-03-03T06:27:24+01:00\","
                + "\"published_at\":\"2019-03-02T06:22:28+01:00\"};</script>").scriptPublished());
    }
}
