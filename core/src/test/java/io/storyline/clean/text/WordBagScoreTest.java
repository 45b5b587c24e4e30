package io.storyline.clean.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordBagScoreTest {

    @Test
    void countsRepeatedWordsOnlyAsOftenAsTheGoldHasThem() {
        WordBagScore score = WordBagScore.of("the the the cat", "the cat sat");
        assertEquals(2, score.overlap());
        assertEquals(0.5, score.precision(), 1e-9);
        assertEquals(2.0 / 3, score.recall(), 1e-9);
    }

    @Test
    void ignoresCaseAndPunctuation() {
        assertEquals(1.0, WordBagScore.of("Hello, World!", "hello world").f1(), 1e-9);
    }
}
