package io.storyline.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineMissesTest {
    @Test
    void reportsGoldLinesLeftOutAndPredictedLinesTheGoldLacks() {
        var misses = LineMisses.of("First paragraph of the story.\nSecond paragraph of the story.",
                "First paragraph of the story.\nMedia playback is unsupported on your device");

        assertEquals(List.of("Second paragraph of the story."), misses.missed());
        assertEquals(List.of("Media playback is unsupported on your device"), misses.extra());
    }

    @Test
    void aParagraphSplitDifferentlyIsNotAMiss() {
        var misses = LineMisses.of("One long paragraph that the page breaks in two.",
                "One long paragraph\nthat the page breaks in two.");

        assertEquals(List.of(), misses.missed());
        assertEquals(List.of(), misses.extra());
    }
}
