package io.storyline.clean.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentPreparerTest {
    private static Document prepared(String html, RemovalLog[] log) {
        Document doc = Jsoup.parse(html);
        log[0] = new RemovalLog(doc.body());
        new DocumentPreparer().prepare(doc, log[0]);
        return doc;
    }

    @Test
    void dropsHiddenElementsWithReason() {
        RemovalLog[] log = new RemovalLog[1];
        Document doc = prepared("<p>visible</p><div style='display: none'>secret menu</div><p hidden>also hidden</p>"
                + "<div aria-hidden='true'>icon label</div>", log);
        assertEquals("visible", doc.body().text());
        assertEquals(3, log[0].removed().size());
        assertTrue(log[0].removed().stream().allMatch(r -> r.reason().equals("hidden")));
    }

    @Test
    void dropsScriptsAndComments() {
        RemovalLog[] log = new RemovalLog[1];
        Document doc = prepared("<p>text<!-- a comment --></p><script>alert(1)</script><noscript>enable js</noscript>", log);
        assertEquals("<p>text</p>", doc.body().html().strip());
    }

    @Test
    void turnsBreakRunsIntoParagraphs() {
        RemovalLog[] log = new RemovalLog[1];
        Document doc = prepared("<div>first part<br><br>second part<br><br>third part</div>", log);
        assertEquals(2, doc.body().select("div > p").size());
        assertEquals("second part", doc.body().select("div > p").get(0).text());
    }

    @Test
    void singleBreakStaysABreak() {
        RemovalLog[] log = new RemovalLog[1];
        Document doc = prepared("<p>line<br>next</p>", log);
        assertFalse(doc.body().select("br").isEmpty());
    }
}
