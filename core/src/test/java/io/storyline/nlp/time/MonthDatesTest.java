package io.storyline.nlp.time;

import io.storyline.language.Tense;

import org.junit.jupiter.api.Test;

import static io.storyline.nlp.time.RuleProbe.resolve;
import static io.storyline.nlp.time.RuleProbe.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthDatesTest {
    @Test
    void dayRangeCarriesItsFarEndAsASecondMatch() {
        RuleProbe probe = RuleProbe.of("The fair ran March 3-5 in the town.");
        TimeMatch match = probe.expect(MonthDates::monthDate, "March");
        assertEquals("March 3", probe.surface(match));
        assertEquals("2024-03-03", value(match, Tense.PAST));
        TimeMatch far = match.rangeEnd().orElseThrow();
        assertEquals("5", probe.surface(far));
        assertEquals("2024-03-05", value(far, Tense.PAST));
    }

    @Test
    void singleDateHasNoFarEnd() {
        TimeMatch match = RuleProbe.of("It opened March 28, 1998.").expect(MonthDates::monthDate, "March");
        assertTrue(match.rangeEnd().isEmpty());
        assertEquals("1998-03-28", value(match, Tense.PAST));
    }

    @Test
    void dayBeforeMonthReadsTheSame() {
        RuleProbe probe = RuleProbe.of("It opened on the 28th of March 1998.");
        TimeMatch match = probe.expect(MonthDates::dayMonth, "the");
        assertEquals("the 28th of March 1998", probe.surface(match));
        assertEquals("1998-03-28", value(match, Tense.PAST));
    }

    @Test
    void mayWithoutACueIsAName() {
        RuleProbe.of("Theresa May said so.").expectNone(MonthDates::monthDate, "May");
    }

    @Test
    void monthWithoutYearTakesTheNearestYearLeaningToThePast() {
        assertEquals("2024-05", value(RuleProbe.of("It opens in May.").expect(MonthDates::monthDate, "May"), Tense.PAST));
        assertEquals("2023-12", value(RuleProbe.of("It opened in December.").expect(MonthDates::monthDate, "December"),
                Tense.PAST));
    }
}
