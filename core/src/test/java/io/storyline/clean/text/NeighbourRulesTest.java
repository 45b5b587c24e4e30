package io.storyline.clean.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.storyline.clean.text.Lines.classified;
import static io.storyline.clean.text.Lines.prose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NeighbourRulesTest {
    private final NeighbourRules rules = new NeighbourRules(new BoilerplateLexicon());

    private static String reason(List<DumpLine> lines, int i) {
        return lines.get(i).verdict().reason() != null ? lines.get(i).verdict().reason() : lines.get(i).kind().name();
    }

    @Test
    void wrappedFurnitureLineContinuesItsFurniture() {
        List<DumpLine> lines = rules.apply(classified("Log in to Twitter or Facebook account to connect",
                "with the Daily Example"));
        assertEquals("share-prompt", reason(lines, 1));
    }

    @Test
    void labelledBlockCoversTheTextAfterTheLabel() {
        List<DumpLine> lines = rules.apply(classified("Legal Disclaimer:",
                "The publisher is not responsible for what third parties wrote in the text above it."));
        assertEquals("legal-disclaimer", reason(lines, 1));
    }

    @Test
    void feedOriginAfterFeedStampIsAFeedStamp() {
        List<DumpLine> lines = rules.apply(classified("https://ift.tt/abc123 22, 2022 at 10:27PM", "from Example – Daily news"));
        assertEquals("feed-stamp", reason(lines, 1));
    }

    @Test
    void repeatedCaptionIsDroppedAndTheFirstKept() {
        String caption = "The minister addresses a news conference in Brussels on Wednesday, as officials look on. [AP]";
        List<DumpLine> lines = rules.apply(classified(caption, caption, prose("plan")));
        assertNotEquals(LineKind.BOILERPLATE, lines.get(0).kind());
        assertEquals("duplicate-caption", reason(lines, 1));
    }

    @Test
    void lonePlaceBetweenWeatherAndDateIsPartOfTheWidget() {
        List<DumpLine> lines = rules.apply(classified("21 C", "Lisbon", "Friday, March 29, 2024"));
        assertEquals("date-widget", reason(lines, 1));
    }

    @Test
    void teasersAfterABlockOpenerEndWhereProseResumes() {
        List<DumpLine> lines = rules.apply(classified(prose("budget"), "Read more", "A minister pictured in Tokyo.",
                "Minister to attend summit for the first time", prose("treaty")));
        assertEquals("related-block", reason(lines, 1));
        assertEquals("teaser", reason(lines, 2));
        assertEquals("teaser", reason(lines, 3));
        assertEquals("PROSE", reason(lines, 4));
    }

    @Test
    void headlineAndSummaryPairsInARowAreATeaserList() {
        List<DumpLine> lines = rules.apply(classified(
                "Council Approves Riverside Park Plan", prose("park"),
                "Rail Operator Cuts Night Train Fares", prose("fares"),
                "Museum Opens New Wing To Visitors", prose("wing")));
        for (int i = 0; i < 6; i++) {
            assertEquals("teaser", reason(lines, i), "line " + i);
        }
    }

    @Test
    void numberedSectionsOfAListicleAreNoTeaserList() {
        List<DumpLine> lines = rules.apply(classified(
                "1. Check the smoke alarm", prose("alarm"),
                "2. Clean the gutters", prose("gutters"),
                "3. Service the boiler", prose("boiler")));
        assertEquals("PROSE", reason(lines, 1));
    }

    @Test
    void slideCountersAndTheirCaptionsAreAGallery() {
        List<DumpLine> lines = rules.apply(classified(prose("budget"),
                "1/12 Harbour at dawn", prose("harbour"), "2/12 Market day", prose("market"), "3/12 The old bridge",
                prose("bridge"), prose("treaty")));
        for (int i = 1; i <= 6; i++) {
            assertEquals("gallery", reason(lines, i), "line " + i);
        }
        assertEquals("PROSE", reason(lines, 0));
        assertEquals("PROSE", reason(lines, 7));
    }

    @Test
    void repeatedSlideCounterOfOneSlideIsNoGallery() {
        List<DumpLine> lines = rules.apply(classified("1 / 5", prose("budget"), "1 / 5", prose("treaty"), "1 / 5", prose("park")));
        assertEquals("PROSE", reason(lines, 1));
    }
}
