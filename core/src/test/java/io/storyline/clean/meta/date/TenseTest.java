package io.storyline.clean.meta.date;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TenseTest {

    private static Tense of(String sentence, String mention) {
        int at = sentence.indexOf(mention);
        return Tense.around(sentence, at, at + mention.length());
    }

    @Test
    void readsPastFromVerbBeforeMention() {
        assertEquals(Tense.PAST, of("The president, who took office on May 10, spoke.", "May 10"));
        assertEquals(Tense.PAST, of("The adviser revealed Wednesday that a mission is planned.", "Wednesday"));
    }

    @Test
    void readsFutureFromSchedulesAndAuxiliaries() {
        assertEquals(Tense.FUTURE, of("The summit, scheduled for June 29-30, is the first.", "June 29-30"));
        assertEquals(Tense.FUTURE, of("The summit, which will be held on July 11-12 in Vilnius.", "July 11-12"));
        assertEquals(Tense.FUTURE, of("Then, on Monday, he will head to Tokyo.", "Monday"));
    }

    @Test
    void quotationIsItsOwnClause() {
        assertEquals(Tense.FUTURE, of("“We invite you to attend the summit in July,” said the chief.", "July"));
    }

    @Test
    void unknownWithoutMarkers() {
        assertEquals(Tense.UNKNOWN, of("Elections in October.", "October"));
    }
}
