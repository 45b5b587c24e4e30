package io.storyline.resolve.copy;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpinDetectorTest {
    private final SpinDetector detector = new SpinDetector();

    @Test
    void flagsSpunSeedWithoutItsOriginal() {
        SpinDetector.SpinVerdict verdict = detector.inspect(Te3Articles.seed("003_"));
        assertTrue(verdict.spun(), verdict.evidence());
        Set<String> pairs = verdict.suspects().stream()
                .map(s -> s.spunText().toLowerCase() + " -> " + s.likelyOriginal())
                .collect(Collectors.toSet());
        for (String expected : List.of("secretary basic -> secretary general", "international minister -> foreign minister",
                "nationwide defence -> national defence", "treaty group -> treaty organization",
                "final yr -> last year")) {
            assertTrue(pairs.contains(expected), expected + " missing from " + pairs);
        }
    }

    @Test
    void suspectsPointAtTheSpunWords() {
        String text = "The Secretary Basic arrived final yr.";
        SpinDetector.SpinVerdict verdict = detector.inspect(text);
        SpinDetector.SuspectedSpin first = verdict.suspects().stream()
                .filter(s -> s.likelyOriginal().equals("secretary general")).findFirst().orElseThrow();
        assertEquals("Secretary Basic", text.substring(first.start(), first.end()));
        assertTrue(verdict.spun(), verdict.evidence());
    }

    @Test
    void doesNotFlagTheOtherSeeds() {
        for (String seed : List.of("000_", "001_", "002_")) {
            SpinDetector.SpinVerdict verdict = detector.inspect(Te3Articles.seed(seed));
            assertFalse(verdict.spun(), seed + ": " + verdict.evidence());
        }
    }

    @Test
    void doesNotFlagTwoHundredWireArticles() {
        List<Path> all = Te3Articles.all();
        int step = Math.max(1, all.size() / 200);
        int checked = 0;
        for (int i = 0; i < all.size() && checked < 200; i += step, checked++) {
            SpinDetector.SpinVerdict verdict = detector.inspect(Te3Articles.plain(all.get(i)));
            assertFalse(verdict.spun(), all.get(i).getFileName() + ": " + verdict.evidence());
        }
        assertEquals(200, checked);
    }
}
