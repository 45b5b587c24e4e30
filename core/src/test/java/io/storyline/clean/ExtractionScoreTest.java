package io.storyline.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ExtractionScoreTest {
    private static final double EPS = 1e-9;

    @Test
    void identicalTextsScorePerfectly() {
        var s = ExtractionScore.page("one two three four five", "one two three four five");
        assertEquals(1.0, s.tp(), EPS);
        assertEquals(1.0, s.precision(), EPS);
        assertEquals(1.0, s.recall(), EPS);
    }

    @Test
    void tokenizesOnWordCharactersOnly() {
        assertEquals(List.of("It", "s", "3", "14", "snake_case", "Köln", "東京"),
                ExtractionScore.tokens("It's 3.14 — snake_case, Köln; 東京!"));
    }

    @Test
    void punctuationAndLineBreaksDoNotMatter() {
        var s = ExtractionScore.page("Hello, world.\nThis is fine", "Hello world this is fine".replace("this", "This"));
        assertEquals(1.0, s.f1(), EPS);
    }

    @Test
    void extraPredictedWordsCostPrecisionOnly() {
        // gold: a b c d e -> shingles abcd, bcde; prediction adds f -> abcd, bcde, cdef
        var s = ExtractionScore.page("a b c d e", "a b c d e f");
        assertEquals(2.0 / 3, s.tp(), EPS);
        assertEquals(1.0 / 3, s.fp(), EPS);
        assertEquals(0.0, s.fn(), EPS);
        assertEquals(2.0 / 3, s.precision(), EPS);
        assertEquals(1.0, s.recall(), EPS);
    }

    @Test
    void shingleCountsAreMultisets() {
        // gold has "x y z w" twice, prediction once
        var s = ExtractionScore.page("x y z w x y z w", "x y z w");
        // gold shingles: xyzw x2, yzwx, zwxy, wxyz; pred: xyzw once -> tp 1, fn 4
        assertEquals(0.2, s.tp(), EPS);
        assertEquals(0.8, s.fn(), EPS);
        assertEquals(1.0, s.precision(), EPS);
        assertEquals(0.2, s.recall(), EPS);
    }

    @Test
    void shortTextIsOneShortShingle() {
        assertEquals(1.0, ExtractionScore.page("two words", "two words").f1(), EPS);
        assertEquals(0.0, ExtractionScore.page("two words", "two word").tp(), EPS);
    }

    @Test
    void emptyPredictionCountsForRecallButNotPrecision() {
        var empty = ExtractionScore.page("a b c d e", "");
        assertFalse(empty.predictedSomething());
        var perfect = ExtractionScore.page("a b c d", "a b c d");
        var summary = ExtractionScore.summarise(List.of(empty, perfect));
        assertEquals(1.0, summary.precision(), EPS);
        assertEquals(0.5, summary.recall(), EPS);
        assertEquals(2 * 0.5 / 1.5, summary.f1(), EPS);
        assertEquals(2, summary.pages());
    }

    @Test
    void f1IsHarmonicMeanOfMacroAverages() {
        var a = ExtractionScore.page("a b c d e", "a b c d e f"); // p 2/3, r 1
        var b = ExtractionScore.page("a b c d e f", "a b c d e"); // p 1, r 2/3
        var summary = ExtractionScore.summarise(List.of(a, b));
        assertEquals(5.0 / 6, summary.precision(), EPS);
        assertEquals(5.0 / 6, summary.recall(), EPS);
        assertEquals(5.0 / 6, summary.f1(), EPS);
    }
}
