package io.storyline.nlp.time;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TenseReaderTest {
    private static Tense tenseOf(String sentence, String word) {
        List<TimeToken> tokens = TimeTokenizer.tokenize(sentence);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return TenseReader.tenseAround(tokens, i, i + 1);
            }
        }
        throw new AssertionError(word + " not in " + sentence);
    }

    @Test
    void nearestCueDecides() {
        assertEquals(Tense.FUTURE, tenseOf("He said the ministers will meet on Sunday.", "Sunday"));
        assertEquals(Tense.PAST, tenseOf("The ministers met on Sunday, he will say.", "Sunday"));
    }

    @Test
    void readsFutureFromPlansAndSchedules() {
        assertEquals(Tense.FUTURE, tenseOf("The team plans to leave on Thursday.", "Thursday"));
        assertEquals(Tense.FUTURE, tenseOf("Figures will be published on Thursday.", "Thursday"));
        assertEquals(Tense.FUTURE, tenseOf("We'll see on Friday.", "Friday"));
        assertEquals(Tense.FUTURE, tenseOf("The summit will be held on Friday.", "Friday"));
    }

    @Test
    void readsPastFromIrregularAndRegularForms() {
        assertEquals(Tense.PAST, tenseOf("Rebels attacked the town on Monday.", "Monday"));
        assertEquals(Tense.PAST, tenseOf("Officials said on Monday.", "Monday"));
    }

    @Test
    void staysWithinTheSentence() {
        assertEquals(Tense.UNKNOWN, tenseOf("It will rain. Monday is a holiday.", "Monday"));
    }
}
