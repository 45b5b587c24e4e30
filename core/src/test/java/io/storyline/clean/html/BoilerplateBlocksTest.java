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

    @Test
    void captionEndingInItsPhotoCreditIsDropped() {
        StringBuilder kept = new StringBuilder();
        assertEquals(List.of("caption", "caption", "caption"), reasons(PROSE
                + "<figure><figcaption>Lee Elder at the Masters in 1975. | © Augusta National/Getty Images</figcaption></figure>"
                + "<p>1/5 Ein Neulenker krachte in eine Leitplanke. (Bild: Kantonspolizei Aargau)</p>"
                + "<div>Des dégâts sur la commune d'Hasparren. — Bob Edme/AP</div>", kept));
        assertEquals("The minister said the talks would continue next week, officials added.", kept.toString());
    }

    @Test
    void consentPlaceholderOfAnEmbeddedPostIsDropped() {
        StringBuilder kept = new StringBuilder();
        assertEquals(List.of("embed-placeholder", "embed-placeholder", "embed-placeholder"), reasons(PROSE
                + "<p>Twitter freischalten</p><p>Wir respektieren deine Privatsphäre und stellen deshalb ohne dein "
                + "Einverständnis keine Verbindung zu Twitter her.</p><p>Media playback is unsupported on your device</p>", kept));
    }

    @Test
    void readerPromptsAndReadingTimeAreDropped() {
        StringBuilder kept = new StringBuilder();
        assertEquals(List.of("reader-prompt", "reader-prompt", "reader-prompt"), reasons(
                "<p>Lesezeit: 2 Minuten</p><h2>Inhaltsverzeichnis</h2>" + PROSE + "<p>War dieser Artikel hilfreich?</p>", kept));
    }

    @Test
    void relatedLabelInAnotherLanguageDropsTheOneLinkParagraphsAfterIt() {
        StringBuilder kept = new StringBuilder();
        List<String> reasons = reasons(PROSE + "<p><strong>Lue aiheesta lisää:</strong></p>"
                + "<p><a href='/1'>Kittilässä loppukuusta ennätyslumet</a></p><p><a href='/2'>Korkeasaaren karhut heräsivät jo</a></p>"
                + "<p><a href='/3'>Vuosi 2018 toi kylmää, kuumaa ja kuivaa</a></p>", kept);
        assertEquals(List.of("recirculation", "recirculation", "recirculation", "recirculation"), reasons);
        assertEquals("The minister said the talks would continue next week, officials added.", kept.toString());
    }

    @Test
    void labelledTeaserLinkIsDroppedButAProseSentenceStartingWithTheLabelStays() {
        StringBuilder kept = new StringBuilder();
        List<String> reasons = reasons(PROSE + "<p><strong>Auch interessant:</strong> <a href='/x'>Flächenüberwachung "
                + "mit Satelliten: Diese Strafen drohen</a></p><p>Auch interessant ist, dass der Verband klagt.</p>", kept);
        assertEquals(List.of("recirculation"), reasons);
        assertEquals("The minister said the talks would continue next week, officials added. "
                + "Auch interessant ist, dass der Verband klagt.", kept.toString());
    }

    @Test
    void dateStampAloneIsDroppedButDatesInATableStay() {
        StringBuilder kept = new StringBuilder();
        List<String> reasons = reasons("<p>06/10/2020</p>" + PROSE
                + "<table><tr><td>4.2.3</td><td>May 2014</td></tr></table>", kept);
        assertEquals(List.of("date-stamp"), reasons);
        assertEquals("The minister said the talks would continue next week, officials added. 4.2.3 May 2014", kept.toString());
    }
}
