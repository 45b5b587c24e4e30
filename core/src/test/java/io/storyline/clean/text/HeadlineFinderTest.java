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

    @Test
    void repeatedHeadlineWinsWhenNoHeadlineIsNearTheArticle() {
        List<DumpLine> lines = rules.apply(classified("Council approves riverside park", "World", "Business", "Opinion",
                "Sport", "Culture", "Science", "Tech", "Council approves riverside park", prose("park")));
        assertEquals(Optional.of(0), finder.find(lines, 9));
    }

    @Test
    void nearestHeadlineAboveTheArticleWinsOtherwise() {
        List<DumpLine> lines = rules.apply(classified("The Morning Ledger", "World", "Business",
                "Council approves riverside park", "By Jane Doe", "Friday, March 29, 2024", prose("park")));
        assertEquals(Optional.of(3), finder.find(lines, 6));
    }

    @Test
    void noHeadlineWhenOnlyFurnitureIsAbove() {
        List<DumpLine> lines = rules.apply(classified("Latest Post", "[ad_1]", prose("park")));
        assertEquals(Optional.empty(), finder.find(lines, 2));
    }
}
