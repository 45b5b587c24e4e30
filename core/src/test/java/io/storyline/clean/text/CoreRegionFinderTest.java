package io.storyline.clean.text;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreRegionFinderTest {
    private final CoreRegionFinder finder = new CoreRegionFinder();

    private static List<LineVerdict> scores(double... scores) {
        return Arrays.stream(scores).mapToObj(s -> new LineVerdict(s > 0 ? LineKind.PROSE : LineKind.OTHER, s, null)).toList();
    }

    @Test
    void findsTheStretchWithTheLargestSum() {
        assertEquals(new CoreRegionFinder.Region(2, 5), finder.find(scores(-3, -3, 30, -4, 25, -3, -3)));
    }

    @Test
    void crossesAFewFurnitureLinesBetweenParagraphs() {
        assertEquals(new CoreRegionFinder.Region(0, 5), finder.find(scores(30, -4, -3, -4, 30)));
    }

    @Test
    void stopsAtALongRunOfFurnitureBeforeFooterProse() {
        double[] page = new double[20];
        page[0] = 40;
        page[1] = 40;
        Arrays.fill(page, 2, 19, -3);
        page[19] = 45;
        assertEquals(new CoreRegionFinder.Region(0, 2), finder.find(scores(page)));
    }

    @Test
    void isEmptyWhenNothingScoresAboveZero() {
        assertTrue(finder.find(scores(-3, -4, -25)).isEmpty());
    }
}
