package io.storyline.clean.html;

import io.storyline.clean.Extraction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlArticleExtractorTest {
    private static final String PAGE = """
            <html><head><title>River dam opens after ten years of work | The Paper</title></head><body>
            <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <div class="layout">
              <div class="main-column">
                <article>
                  <h1>River dam opens after ten years of work</h1>
                  <p class="byline">By Jane Writer</p>
                  <p>The new dam on the river opened on Monday, ten years after work began, officials said.</p>
                  <p>[ad_1]</p>
                  <p>Engineers, who faced floods, strikes and funding gaps, finished the spillway in March.</p>
                  <h2>What comes next</h2>
                  <p>The reservoir will fill over two years, and the turbines will start once it is half full.</p>
                  <ul><li>Phase one: filling, which takes a year or more</li><li>Phase two: power, the year after</li></ul>
                  <p>Share this article</p>
                  <p>Local farmers, who lost fields to the reservoir, will be paid under a scheme agreed in 2019.</p>
                </article>
                <div class="related-links"><h3>Related</h3><ul><li><a href="/a">Another dam story</a></li>
                  <li><a href="/b">Farmers protest</a></li></ul></div>
              </div>
              <aside class="sidebar"><h3>Most Popular</h3><ol><li><a href="/c">Story C</a></li></ol></aside>
            </div>
            <footer>Copyright The Paper</footer>
            </body></html>
            """;

    private final Extraction extraction = new HtmlArticleExtractor().extract(PAGE, "https://example.org/dam");
    private final List<String> lines = extraction.text().lines().toList();

    @Test
    void keepsArticleBlocksInPageOrder() {
        assertEquals(List.of(
                "By Jane Writer",
                "The new dam on the river opened on Monday, ten years after work began, officials said.",
                "Engineers, who faced floods, strikes and funding gaps, finished the spillway in March.",
                "What comes next",
                "The reservoir will fill over two years, and the turbines will start once it is half full.",
                "Phase one: filling, which takes a year or more",
                "Phase two: power, the year after",
                "Local farmers, who lost fields to the reservoir, will be paid under a scheme agreed in 2019."), lines);
    }

    @Test
    void findsTheTitleWithoutSiteName() {
        assertEquals("River dam opens after ten years of work", extraction.title());
    }

    @Test
    void reportsRemovedBlocksWithReasons() {
        List<String> reasons = extraction.removed().stream().map(Extraction.Removed::reason).toList();
        assertTrue(reasons.contains("ad-marker"), reasons.toString());
        assertTrue(reasons.contains("share-login-prompt"), reasons.toString());
        assertTrue(extraction.removed().stream().anyMatch(r -> r.block().contains("Most Popular")), reasons.toString());
        assertFalse(extraction.text().contains("Copyright"));
    }

    @Test
    void shortPageFallsBackToItsText() {
        assertEquals("Just one line.", new HtmlArticleExtractor().extract("<body>Just one line.</body>", null).text());
    }

    @Test
    void declaredArticleBodyWinsOverABetterScoringTeaserList() {
        String prose = "The council voted after a long debate to fund the new bridge over the river next year. ";
        String body = (prose + prose.replace("council", "mayor")).strip();
        String teasers = "<p>Teaser text, about something else, entirely, with commas, and, more words here.</p>".repeat(10);
        String page = "<body><div class='teasers'><div class='list'>" + teasers + "</div></div><div class='main'>"
                + "<div id='story'><p>" + body + "</p><p>" + body + "</p><p>" + body + "</p></div></div></body>";
        String declared = "<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + body + " " + body + " " + body + "\"}</script></head>";
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        assertTrue(extractor.extract("<html>" + page + "</html>", null).text().contains("Teaser"));
        String text = extractor.extract("<html>" + declared + page + "</html>", null).text();
        assertTrue(text.startsWith("The council voted"), text);
        assertFalse(text.contains("Teaser"), text);
    }

    @Test
    void bodySplitIntoWrappersOfOneClassIsKeptWhole() {
        String part = "<div class='wrapper'><h2>%s</h2><div class='textflow'><p>%s, the farmers' union said on Tuesday, "
                + "adding that the app had been made compulsory without any debate in parliament.</p></div></div>";
        String page = "<html><body><nav><a href='/'>Home</a></nav><div class='content'>"
                + String.format(part, "First part", "The lawsuit was filed in Potsdam")
                + "<div class='ad'></div>"
                + String.format(part, "Second part", "Satellites photograph every field each week, and officials compare "
                + "the pictures with the farmers' claims, which often leads to mistakes, costly checks and delays")
                + String.format(part, "Third part", "Other farmers were asked to join the case")
                + "</div><footer>Impressum</footer></body></html>";

        String text = new HtmlArticleExtractor().extract(page, null).text();

        assertTrue(text.contains("The lawsuit was filed in Potsdam"), text);
        assertTrue(text.contains("Other farmers were asked to join the case"), text);
        assertFalse(text.contains("Impressum"), text);
    }
}
