package io.storyline.clean.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentScorerTest {
    private static final String PROSE = "<p>A paragraph of running prose, with commas, clauses, and enough words to"
            + " score well as article text rather than page furniture.</p>";

    private static Element top(String html) {
        Document doc = Jsoup.parse(html);
        var paragraphs = new CandidateWalker(Pass.STRICT, null).walk(doc.body(), new RemovalLog(doc.body()));
        return new ContentScorer(Pass.STRICT).topCandidate(paragraphs);
    }

    @Test
    void picksTheContainerWithMostProse() {
        Element top = top("<div id='a'>" + PROSE + "</div><div id='b'>" + PROSE + PROSE + PROSE + "</div>");
        assertEquals("b", top.id());
    }

    @Test
    void linkDensityDiscountsAContainer() {
        String linked = PROSE.replace("<p>", "<p><a href='/x'>").replace("</p>", "</a></p>");
        Element top = top("<div id='links'>" + linked + linked + linked + "</div><div id='text'>" + PROSE + PROSE + "</div>");
        assertEquals("text", top.id());
    }

    @Test
    void positiveClassHintWeighsIn() {
        Element top = top("<div id='x'>" + PROSE + PROSE + "</div><div class='article-body'>" + PROSE + PROSE + "</div>");
        assertEquals("article-body", top.className());
    }
}
