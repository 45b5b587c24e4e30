package io.storyline.nlp.time;

import io.storyline.language.Tense;

import org.junit.jupiter.api.Test;

import static io.storyline.nlp.time.RuleProbe.resolve;
import static io.storyline.nlp.time.RuleProbe.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NumericDatesTest {
    @Test
    void isoDateReadsYearMonthDay() {
        assertEquals("2024-03-15", value(RuleProbe.of("Filed 2024-03-15 in court.").expect(NumericDates::numericDate, "2024"),
                Tense.PAST));
    }

    @Test
    void slashDateReadsMonthFirstAndDottedDateDayFirst() {
        assertEquals("2024-04-03", value(RuleProbe.of("Filed 4/3/2024 in court.").expect(NumericDates::numericDate, "4"),
                Tense.PAST));
        assertEquals("2024-03-04", value(RuleProbe.of("Filed 4.3.2024 in court.").expect(NumericDates::numericDate, "4"),
                Tense.PAST));
    }

    @Test
    void dayThatTheMonthLacksIsNoDate() {
        RuleProbe.of("Filed 2023-02-30 in court.").expectNone(NumericDates::numericDate, "2023");
    }
}
