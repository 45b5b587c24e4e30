package io.storyline.nlp.time;

import io.storyline.language.Tense;

import org.junit.jupiter.api.Test;

import static io.storyline.nlp.time.RuleProbe.resolve;
import static io.storyline.nlp.time.RuleProbe.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ClockTimesTest {
    @Test
    void clockTimeWithoutADayFallsOnTheAnchorDate() {
        RuleProbe probe = RuleProbe.of("The vote starts at 10:30 a.m. EST in the capital.");
        TimeMatch match = probe.expect(ClockTimes::clockTime, "10");
        assertEquals("10:30 a.m. EST", probe.surface(match));
        Resolution r = resolve(match, Tense.FUTURE);
        assertEquals("TIME", r.type());
        assertEquals("2024-04-04T10:30", r.value());
        assertEquals("clock time on the anchor date", r.rule());
    }

    @Test
    void clockTimeTakesTheWeekdayThatFollowsIt() {
        RuleProbe probe = RuleProbe.of("The talks ended at noon Saturday.");
        TimeMatch match = probe.expect(ClockTimes::clockTime, "noon");
        assertEquals("noon Saturday", probe.surface(match));
        assertEquals("2024-03-30T12:00", value(match, Tense.PAST));
    }

    @Test
    void hourInTheEveningCountsFromNoon() {
        RuleProbe probe = RuleProbe.of("They met at 7 in the evening.");
        assertEquals("2024-04-04T19:00", value(probe.expect(ClockTimes::clockTime, "7"), Tense.PAST));
    }

    @Test
    void bareScoreWithoutPrepositionOrZoneIsNoTime() {
        RuleProbe.of("The score was 10:30 overall.").expectNone(ClockTimes::clockTime, "10");
    }
}
