package io.storyline.nlp.time;

import io.storyline.language.Tense;

import org.junit.jupiter.api.Test;

import static io.storyline.nlp.time.RuleProbe.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeGrammarTest {
    private static TimeMatch longest(String text, int at) {
        return new TimeGrammar(TimeTokenizer.tokenize(text)).longestAt(at).orElseThrow();
    }

    @Test
    void framingWordsJoinTheExpressionTheyFrame() {
        TimeMatch match = longest("the end of March", 0);
        assertEquals(0, match.first());
        assertEquals(4, match.end());
    }

    @Test
    void longestReadingWinsOverAShorterOne() {
        // the month rule alone would read "March" and stop; the month date reads on to the year
        TimeMatch match = longest("March 28, 1998", 0);
        assertEquals(4, match.end());
        assertEquals("1998-03-28", value(match, Tense.PAST));
    }

    @Test
    void rangeKeepsItsFarEndThroughTheGrammar() {
        TimeMatch match = longest("March 3-5", 0);
        assertTrue(match.rangeEnd().isPresent());
        assertEquals("2024-03-05", value(match.rangeEnd().get(), Tense.PAST));
    }

    @Test
    void punctuationStartsNoExpression() {
        assertTrue(new TimeGrammar(TimeTokenizer.tokenize(", today")).longestAt(0).isEmpty());
    }
}
