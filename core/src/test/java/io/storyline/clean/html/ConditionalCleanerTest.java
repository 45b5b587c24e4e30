package io.storyline.clean.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
