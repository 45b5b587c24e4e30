package io.storyline.clean.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandidateWalkerTest {
    private static final String PROSE = "This is a sentence of the article, long enough to count as prose.";

    private static List<Element> walk(Document doc, String title, RemovalLog log) {
        return new CandidateWalker(Pass.STRICT, title).walk(doc.body(), log);
    }

    @Test
    void dropsNavigationByClassAndRole() {
        Document doc = Jsoup.parse("<div class='sidebar'>Links</div><div role='navigation'>Menu</div><p>" + PROSE + "</p>");
        RemovalLog log = new RemovalLog(doc.body());
        walk(doc, null, log);
        assertEquals(PROSE, doc.body().text());
        assertEquals(List.of("unlikely:sidebar", "role:navigation"),
                log.removed().stream().map(r -> r.reason()).toList());
    }

    @Test
    void keepsUnlikelyClassThatAlsoSaysContent() {
        Document doc = Jsoup.parse("<div class='comment-free article-content'><p>" + PROSE + "</p></div>");
        walk(doc, null, new RemovalLog(doc.body()));
        assertTrue(doc.body().text().contains("sentence"));
    }

    @Test
    void laxPassKeepsUnlikelyElements() {
        Document doc = Jsoup.parse("<div class='sidebar'><p>" + PROSE + "</p></div>");
        new CandidateWalker(Pass.STRICT.relaxed(), null).walk(doc.body(), new RemovalLog(doc.body()));
        assertTrue(doc.body().text().contains("sentence"));
    }

    @Test
    void dropsHeadingThatRepeatsTheTitle() {
        Document doc = Jsoup.parse("<h1>Storm hits the coast</h1><p>" + PROSE + "</p>");
        RemovalLog log = new RemovalLog(doc.body());
        walk(doc, "Storm hits the coast", log);
        assertEquals("title-duplicate", log.removed().get(0).reason());
    }

    @Test
    void textOnlyDivBecomesAScoredParagraph() {
        Document doc = Jsoup.parse("<div>" + PROSE + " <a href='/x'>link</a></div>");
        List<Element> scored = walk(doc, null, new RemovalLog(doc.body()));
        assertEquals(1, scored.size());
        assertEquals("p", scored.get(0).normalName());
    }

    @Test
    void inlineRunsBesideBlocksAreWrappedInParagraphs() {
        Document doc = Jsoup.parse("<div>loose text <b>bold</b><p>" + PROSE + "</p>tail</div>");
        walk(doc, null, new RemovalLog(doc.body()));
        assertEquals(3, doc.body().select("div > p").size());
        assertFalse(doc.body().child(0).textNodes().stream().anyMatch(t -> !t.isBlank()));
    }
}
