package io.storyline.nlp.time;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeTokenizerTest {
    @Test
    void splitsAtLetterDigitBorders() {
        List<String> words = TimeTokenizer.tokenize("10:27PM mid-2023 1990s 28th").stream().map(TimeToken::text).toList();
        assertEquals(List.of("10", ":", "27", "PM", "mid", "-", "2023", "1990", "s", "28", "th"), words);
    }

    @Test
    void marksGluedTokens() {
        List<TimeToken> t = TimeTokenizer.tokenize("third-quarter results");
        assertTrue(t.get(1).glued() && t.get(2).glued());
        assertTrue(!t.get(3).glued());
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        List<TimeToken> t = TimeTokenizer.tokenize("On Sept. 30 Mr. Smith left. Then he came back.");
        assertEquals(0, t.get(t.size() - 6).sentence());
        assertEquals(1, t.get(t.size() - 1).sentence());
    }
}
