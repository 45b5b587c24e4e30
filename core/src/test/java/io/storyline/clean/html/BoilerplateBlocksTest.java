package io.storyline.clean.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BoilerplateBlocksTest {
    private static final String PROSE = "<p>The minister said the talks would continue next week, officials added.</p>";

    private static List<String> reasons(String html, StringBuilder kept) {
        Element article = Jsoup.parse("<div id='a'>" + html + "</div>").body().child(0);
        RemovalLog log = new RemovalLog(article);
        new BoilerplateBlocks().clean(article, log);
        kept.append(article.text());
        return log.removed().stream().map(r -> r.reason()).toList();
    }

    @Test
    void dropsAdMarkers() {
        StringBuilder kept = new StringBuilder();
        assertEquals(List.of("ad-marker", "ad-marker", "ad-marker"),
                reasons(PROSE + "<p>[ad_1]</p><p>ADVERTISEMENT</p><p>Story continues below advertisement</p>", kept));
    }

    @Test
    void dropsShareAndNewsletterPrompts() {
        StringBuilder kept = new StringBuilder();
        assertEquals(List.of("share-login-prompt", "share-login-prompt"),
                reasons(PROSE + "<p>Share this article</p><p>Sign up for our daily newsletter</p>", kept));
    }

    @Test
    void dropsCookieNotice() {
        StringBuilder kept = new StringBuilder();
        assertEquals(List.of("cookie-notice"), reasons("<p>We use cookies to improve your experience.</p>" + PROSE, kept));
    }

    @Test
    void dropsRelatedLabelWithItsLinkList() {
        StringBuilder kept = new StringBuilder();
        List<String> reasons = reasons(PROSE + "<h3>Related</h3><ul><li><a href='/1'>Other story one</a></li>"
                + "<li><a href='/2'>Other story two</a></li></ul>", kept);
        assertEquals(List.of("recirculation", "recirculation"), reasons.subList(0, 2));
        assertEquals(Jsoup.parse(PROSE).text(), kept.toString());
    }

    @Test
    void dropsReadMoreLink() {
        StringBuilder kept = new StringBuilder();
        assertEquals(List.of("recirculation"),
                reasons(PROSE + "<p>Read more: <a href='/x'>Why the talks failed last year</a></p>", kept));
    }

    @Test
    void keepsProseThatStartsWithALabelWord() {
        StringBuilder kept = new StringBuilder();
        assertEquals(List.of(), reasons("<p>Related research, published last month by the institute, found that "
                + "the effect was twice as large as first thought.</p>", kept));
    }

    @Test
    void dropsCaptionThatRepeatsKeptText() {
        StringBuilder kept = new StringBuilder();
        assertEquals(List.of("duplicate-caption"), reasons("<figure><img src='x.jpg'><figcaption>Crowds in the square"
                + "</figcaption></figure><p>Crowds in the square</p>" + PROSE, kept));
    }

    @Test
    void dropsCommentWidget() {
        StringBuilder kept = new StringBuilder();
        assertEquals(List.of("comment-widget"), reasons(PROSE + "<div>12 Comments</div>", kept));
    }

    @Test
    void dropsTagListAndCopyrightLine() {
        StringBuilder kept = new StringBuilder();
        assertEquals(List.of("tag-list", "copyright"),
                reasons(PROSE + "<p>Tags: budget, council, schools</p><p>© 2021 The Paper. All rights reserved.</p>", kept));
    }
}
