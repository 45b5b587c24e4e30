package io.storyline.nlp.time;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NumbersTest {
    private static TokenView tokens(String text) {
        return new TokenView(TimeTokenizer.tokenize(text));
    }

    @Test
    void hyphenatedSpelledNumberAddsItsUnit() {
        assertEquals(new Numbers.Count(21, 3), Numbers.count(tokens("twenty-one days"), 0, false));
    }

    @Test
    void aCoupleOfIsTwo() {
        assertEquals(new Numbers.Count(2, 3), Numbers.count(tokens("a couple of days"), 0, true));
        assertEquals(new Numbers.Count(-1, 1), Numbers.count(tokens("several days"), 0, false));
    }

    @Test
    void decimalIsNoCount() {
        assertNull(Numbers.count(tokens("2.5 days"), 0, false));
    }

    @Test
    void dayOfMonthTakesItsOrdinalSuffix() {
        assertEquals(new Numbers.Day(21, 2), Numbers.dayOfMonth(tokens("21st of May"), 0));
        assertEquals(new Numbers.Day(8, 1), Numbers.dayOfMonth(tokens("eighth of May"), 0));
        assertNull(Numbers.dayOfMonth(tokens("32 days"), 0));
    }

    @Test
    void spelledYearReadsItsTwoHalves() {
        assertEquals(new Numbers.Year(1996, 4), Numbers.spelledYear(tokens("nineteen ninety-six"), 0));
    }
}
