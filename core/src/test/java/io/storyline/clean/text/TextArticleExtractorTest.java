package io.storyline.clean.text;

import io.storyline.clean.Extraction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.storyline.clean.text.Lines.prose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextArticleExtractorTest {
    private final TextArticleExtractor extractor = new TextArticleExtractor();

    private static String page(String... lines) {
        return String.join("\n\n", lines);
    }

    private static String reasonFor(Extraction extraction, String line) {
        return extraction.removed().stream().filter(r -> r.block().equals(line)).map(Extraction.Removed::reason)
                .findFirst().orElse("kept");
    }

    @Test
    void dropsAdMarkersInsideTheArticleAndKeepsBothSides() {
        Extraction extraction = extractor.extract(page("Council approves riverside park", prose("park"), "[ad_1]", prose("budget")));
        assertEquals(prose("park") + "\n" + prose("budget"), extraction.text());
        assertEquals("ad-marker", reasonFor(extraction, "[ad_1]"));
    }

    @Test
    void keepsBylineLineAfterTheLastParagraph() {
        Extraction extraction = extractor.extract(page("Council approves riverside park", prose("park"), prose("budget"),
                "BY JANE DOE [jane.doe@example.com]", "Log in to Facebook account to comment", "Leave a Reply"));
        assertTrue(extraction.text().endsWith("BY JANE DOE [jane.doe@example.com]"));
        assertEquals("comment-widget", reasonFor(extraction, "Leave a Reply"));
    }

    @Test
    void keepsBylineAndCaptionAboveTheFirstParagraph() {
        String caption = "The mayor speaks at the site of the new park on Monday. (AFP)";
        Extraction extraction = extractor.extract(page("World", "Business", "Council approves riverside park", "By Jane Doe",
                "Friday, March 29, 2024", caption, prose("park"), prose("budget")));
        assertEquals("Council approves riverside park", extraction.title());
        assertEquals(String.join("\n", "By Jane Doe", caption, prose("park"), prose("budget")), extraction.text());
        assertEquals("date-widget", reasonFor(extraction, "Friday, March 29, 2024"));
    }

    @Test
    void keepsContributorLineAfterASeparatorBelowTheArticle() {
        String credit = "Jane Doe in Lisbon contributed to this report.";
        Extraction extraction = extractor.extract(page("Council approves riverside park", prose("park"), prose("budget"),
                "___", "This version corrects the name of the river.", "__", credit, "What to Read Next"));
        assertTrue(extraction.text().endsWith(credit));
    }

    @Test
    void reportsEveryDroppedLine() {
        String text = page("Home > World > Asia", "Council approves riverside park", prose("park"), "Source link");
        Extraction extraction = extractor.extract(text);
        assertEquals(List.of(new Extraction.Removed("Home > World > Asia", "navigation"),
                new Extraction.Removed("Source link", "source-link")), extraction.removed());
    }

    @Test
    void lineRecurringAcrossTheCorpusIsDroppedAsBoilerplate() {
        String promo = "Our reporters bring you the stories that matter every single day of the week";
        String article = page("Council approves riverside park", prose("park"), promo, prose("budget"));
        assertEquals("kept", reasonFor(extractor.extract(article), promo));

        InMemoryLineStatistics corpus = new InMemoryLineStatistics();
        for (int i = 0; i < 20; i++) {
            corpus.addPage(page("Story number " + i + " about other things", prose("topic " + i), i % 2 == 0 ? promo : ""));
        }
        corpus.addPage(article);
        assertEquals("recurring-line", reasonFor(extractor.extract(article, corpus), promo));
    }

    @Test
    void syndicatedProseRecurringOnAFewPagesIsKept() {
        String article = page("Council approves riverside park", prose("park"), prose("budget"));
        InMemoryLineStatistics corpus = new InMemoryLineStatistics();
        for (int i = 0; i < 20; i++) {
            corpus.addPage(i < 4 ? article : page("Other story " + i, prose("topic " + i)));
        }
        assertEquals(prose("park") + "\n" + prose("budget"), extractor.extract(article, corpus).text());
    }

    @Test
    void pageWithoutProseGivesNoText() {
        Extraction extraction = extractor.extract(page("Home", "World", "Business", "Contact us"));
        assertEquals("", extraction.text());
        assertFalse(extraction.removed().isEmpty());
    }

    @Test
    void emptyDumpGivesEmptyExtraction() {
        Extraction extraction = extractor.extract("  \n\n ");
        assertNull(extraction.title());
        assertEquals("", extraction.text());
        assertTrue(extraction.removed().isEmpty());
    }

    @Test
    void keepsBothHalvesOfAnArticleAroundAVideoPlayer() {
        List<String> player = List.of("Play Video", "Play", "Mute", "Current Time 0:00", "Duration Time 0:00", "Loaded: 0%",
                "Progress: 0%", "Remaining Time -0:00", "Playback Rate", "Chapters", "Descriptions", "Subtitles", "Captions",
                "Fullscreen", "Close Modal Dialog");
        List<String> lines = new java.util.ArrayList<>(List.of("Council approves riverside park", prose("park")));
        lines.addAll(player);
        lines.addAll(List.of(prose("budget"), prose("bridge")));
        Extraction extraction = extractor.extract(page(lines.toArray(String[]::new)));
        assertEquals(String.join("\n", prose("park"), prose("budget"), prose("bridge")), extraction.text());
    }

    @Test
    void keepsAListTheAuthorTypedWithBullets() {
        Extraction extraction = extractor.extract(page("Council approves riverside park", prose("park"),
                "+ Added a playground for young children", "+ Added two public toilets", "+ Added a cycle lane", prose("budget")));
        assertTrue(extraction.text().contains("+ Added two public toilets"), extraction.text());
    }

    @Test
    void doesNotReachDownIntoAListOfTeaserHeadlines() {
        Extraction extraction = extractor.extract(page("Council approves riverside park", prose("park"), prose("budget"),
                "Recently Viewed", "Last Price", "Why the mayor is the perfect employer for my seventy year old father", "Business Weekly",
                "The most addictive game of the year!", "Sponsored", "How the new stadium compares to the one in the next town",
                "City Paper", "The market does not care who wins the election unless it is the mayor", "City Paper",
                "This is how the council really hurt the opposition", "Daily Post"));
        assertEquals(prose("park") + "\n" + prose("budget"), extraction.text());
    }
}
