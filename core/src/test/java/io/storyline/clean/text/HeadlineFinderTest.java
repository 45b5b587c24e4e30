package io.storyline.clean.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.storyline.clean.text.Lines.classified;
import static io.storyline.clean.text.Lines.prose;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HeadlineFinderTest {
    private final HeadlineFinder finder = new HeadlineFinder();
    private final NeighbourRules rules = new NeighbourRules(new BoilerplateLexicon());

    private static boolean[] repeated(List<DumpLine> lines) {
        boolean[] repeated = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                repeated[i] |= lines.get(i).text().equals(lines.get(j).text());
            }
        }
        return repeated;
    }

    @Test
    void repeatedHeadlineWinsOverMenuLines() {
        List<DumpLine> lines = rules.apply(classified("Council approves riverside park", "Our Latest Coverage Today",
                "World Business Opinion", "Council approves riverside park", prose("park")));
        assertEquals(Optional.of(0), finder.find(lines, 4, repeated(lines)));
    }

    @Test
    void nearestHeadlineAboveTheArticleWinsOtherwise() {
        List<DumpLine> lines = rules.apply(classified("The Morning Ledger", "World", "Business",
                "Council approves riverside park", "By Jane Doe", "Friday, March 29, 2024", prose("park")));
        assertEquals(Optional.of(3), finder.find(lines, 6, repeated(lines)));
    }

    @Test
    void noHeadlineWhenOnlyFurnitureIsAbove() {
        List<DumpLine> lines = rules.apply(classified("Latest Post", "[ad_1]", prose("park")));
        assertEquals(Optional.empty(), finder.find(lines, 2, repeated(lines)));
    }
}
