package io.storyline.nlp.time;

import io.storyline.language.Tense;

import org.junit.jupiter.api.Test;

import static io.storyline.nlp.time.RuleProbe.resolve;
import static io.storyline.nlp.time.RuleProbe.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import static io.storyline.nlp.time.RuleProbe.resolveInPeriod;

class QuartersAndHalvesTest {
    @Test
    void quarterStillAheadInAPastSentenceIsLastYears() {
        RuleProbe probe = RuleProbe.of("Sales fell in the third quarter.");
        TimeMatch match = probe.expect(QuartersAndHalves::quarterOrHalf, "the");
        assertEquals("the third quarter", probe.surface(match));
        assertEquals("2023-Q3", value(match, Tense.PAST));
    }

    @Test
    void shortQuarterTakesTheYearAfterIt() {
        assertEquals("2024-Q1", value(RuleProbe.of("Sales fell in Q1 2024.").expect(QuartersAndHalves::quarterOrHalf, "Q"),
                Tense.PAST));
    }

    @Test
    void halfOfNextYearCountsFromTheAnchorsYear() {
        RuleProbe probe = RuleProbe.of("Sales rise in the first half of next year.");
        TimeMatch match = probe.expect(QuartersAndHalves::quarterOrHalf, "the");
        assertEquals("the first half of next year", probe.surface(match));
        assertEquals("2025-H1", value(match, Tense.FUTURE));
    }

    @Test
    void latestQuarterIsTheOneTheReportIsAbout() {
        TimeMatch match = RuleProbe.of("Sales fell in the latest quarter.").expect(QuartersAndHalves::quarterOrHalf, "the");
        assertEquals("2024-Q1", resolveInPeriod(match, "2024-Q1").value());
    }
}
