package io.storyline.nlp.time;

import io.storyline.language.Tense;

import org.junit.jupiter.api.Test;

import static io.storyline.nlp.time.RuleProbe.resolve;
import static io.storyline.nlp.time.RuleProbe.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

class HolidaysTest {
    @Test
    void holidayStillAheadInAPastSentenceIsLastYears() {
        RuleProbe probe = RuleProbe.of("They met on Christmas Eve.");
        TimeMatch match = probe.expect(Holidays.US::holiday, "Christmas");
        assertEquals("Christmas Eve", probe.surface(match));
        assertEquals("2023-12-24", value(match, Tense.PAST));
    }

    @Test
    void nthWeekdayHolidayFallsOnThatWeekday() {
        assertEquals("2024-11-28", value(RuleProbe.of("They meet next Thanksgiving.").expect(Holidays.US::holiday, "next"),
                Tense.PAST));
        assertEquals("2023-05-29", value(RuleProbe.of("They met last Memorial Day.").expect(Holidays.US::holiday, "last"),
                Tense.PAST));
    }

    @Test
    void possessiveIsPartOfTheHolidaysName() {
        RuleProbe probe = RuleProbe.of("They met on Valentine's Day.");
        TimeMatch match = probe.expect(Holidays.US::holiday, "Valentine");
        assertEquals("Valentine's Day", probe.surface(match));
        assertEquals("2024-02-14", value(match, Tense.PAST));
        RuleProbe.of("They met Valentine Day.").expectNone(Holidays.US::holiday, "Valentine");
    }

    @Test
    void lowerCaseWordIsNoHoliday() {
        RuleProbe.of("It was a christmas present.").expectNone(Holidays.US::holiday, "christmas");
    }

    @Test
    void countryWithoutListedHolidaysKnowsNone() {
        Holidays none = Holidays.of("ZZ");
        assertTrue(RuleProbe.of("They met on Christmas Eve.").match(none::holiday, "Christmas").isEmpty());
    }
}
