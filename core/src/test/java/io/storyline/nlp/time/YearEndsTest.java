package io.storyline.nlp.time;

import io.storyline.language.Tense;

import org.junit.jupiter.api.Test;

import static io.storyline.nlp.time.RuleProbe.resolve;
import static io.storyline.nlp.time.RuleProbe.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

class YearEndsTest {
    @Test
    void yearEndIsTheLastDayOfTheAnchorsYear() {
        assertEquals("2024-12-31", value(RuleProbe.of("It closes by year-end.").expect(YearEnds::yearEnd, "year"), Tense.FUTURE));
    }

    @Test
    void sinceYearEndIsTheLastDayOfTheYearBefore() {
        assertEquals("2023-12-31", value(RuleProbe.of("It rose since year end.").expect(YearEnds::yearEnd, "year"), Tense.PAST));
    }

    @Test
    void fiscalYearEndIsLeftToTheFiscalRules() {
        RuleProbe.of("It closes at the fiscal year-end.").expectNone(YearEnds::yearEnd, "year");
    }
}
