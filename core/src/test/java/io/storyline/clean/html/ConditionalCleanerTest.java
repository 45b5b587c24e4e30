package io.storyline.clean.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConditionalCleanerTest {
    private final ConditionalCleaner cleaner = new ConditionalCleaner(Pass.STRICT);

    private static Element first(String html, String tag) {
        return Jsoup.parse(html).body().selectFirst(tag);
    }

    @Test
    void dropsLinkDenseDiv() {
        Element div = first("<div><p><a href='/a'>Another story</a> and <a href='/b'>one more story here</a></p></div>", "div");
        assertEquals("link-dense", cleaner.reasonToRemove(div, "div"));
    }

    @Test
    void dropsLoneAdvertisementLabel() {
        assertEquals("ad-label", cleaner.reasonToRemove(first("<div>Advertisement</div>", "div"), "div"));
    }

    @Test
    void keepsProseDiv() {
        Element div = first("<div><p>Plain prose of the article, with a comma, and no links at all in it.</p></div>", "div");
        assertNull(cleaner.reasonToRemove(div, "div"));
    }

    @Test
    void keepsDataTable() {
        Element table = first("<table><thead><tr><th>Year</th><th>Votes</th></tr></thead>"
                + "<tr><td><a href='/y'>2020</a></td><td><a href='/v'>10</a></td></tr></table>", "table");
        assertNull(cleaner.reasonToRemove(table, "table"));
    }

    @Test
    void negativeClassHintDrops() {
        Element div = first("<div class='promo-box'><p>Plain prose of the article, with a comma.</p></div>", "div");
        assertEquals("negative-hint:promo-box", cleaner.reasonToRemove(div, "div"));
    }

    /** Divs nested {@code depth} deep, each with a sentence of prose, inside an article element. */
    private static Element nested(int depth) {
        StringBuilder html = new StringBuilder("<article>");
        html.append("<div><p>The council met on Tuesday, and the mayor, who chairs it, spoke first.</p>".repeat(depth));
        html.append("</div>".repeat(depth)).append("</article>");
        return Jsoup.parse(html.toString()).body().selectFirst("article");
    }

    @Test
    void workOnDeeplyNestedDivsGrowsLinearlyWithTheirNumber() {
        long[] measured = new long[2];
        int[] depths = {500, 5_000};
        for (int i = 0; i < depths.length; i++) {
            Element article = nested(depths[i]);
            int elements = article.getAllElements().size();
            ConditionalCleaner counting = new ConditionalCleaner(Pass.STRICT);
            counting.clean(article, "div", new RemovalLog(article));
            measured[i] = counting.measured();
            assertTrue(measured[i] <= (long) ConditionalCleaner.JUDGED_DEPTH * elements,
                    measured[i] + " elements measured for " + elements + " elements");
            assertEquals(depths[i], article.getElementsByTag("div").size(), "prose divs are kept");
        }
        // ten times the nesting, at most about ten times the work (quadratic work would be a hundred times)
        assertTrue(measured[1] <= 12 * measured[0], measured[1] + " vs " + measured[0]);
    }
}
