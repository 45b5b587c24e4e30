package io.storyline.clean.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.storyline.clean.text.Lines.classified;
import static io.storyline.clean.text.Lines.prose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RegionCleanerTest {
    private final RegionCleaner cleaner = new RegionCleaner();

    @Test
    void keepsASingleSubheadingInsideTheArticle() {
        List<DumpLine> lines = classified(prose("budget"), "What happens next", prose("treaty"));
        String[] reasons = cleaner.reasons(lines, new CoreRegionFinder.Region(0, 3));
        assertNull(reasons[1]);
    }

    @Test
    void dropsARunOfHeadlinesInsideTheArticle() {
        List<DumpLine> lines = classified(prose("budget"), "More coverage", "Council approves plan for riverside park",
                "Pop star bets big on cheap flights", prose("treaty"));
        String[] reasons = cleaner.reasons(lines, new CoreRegionFinder.Region(0, 5));
        assertEquals("teaser", reasons[1]);
        assertEquals("teaser", reasons[2]);
        assertEquals("teaser", reasons[3]);
        assertNull(reasons[4]);
    }

    @Test
    void dropsEverythingOutsideTheRegionWithAReason() {
        List<DumpLine> lines = classified("Home", prose("budget"), "Terms and conditions apply to every purchase");
        String[] reasons = cleaner.reasons(lines, new CoreRegionFinder.Region(1, 2));
        assertEquals("navigation", reasons[0]);
        assertNull(reasons[1]);
        assertEquals("legal-disclaimer", reasons[2]);
    }

    @Test
    void keepsTheArticlesOwnNumberedList() {
        List<DumpLine> lines = classified(prose("ranking"), "1. Finland", "2. Norway", "3. Australia", prose("budget"));
        String[] reasons = cleaner.reasons(lines, new CoreRegionFinder.Region(0, 5));
        for (int i = 1; i <= 3; i++) {
            assertNull(reasons[i], "line " + i);
        }
    }
}
