package io.storyline.nlp.time;

import io.storyline.language.Tense;

import org.junit.jupiter.api.Test;

import static io.storyline.nlp.time.RuleProbe.resolve;
import static io.storyline.nlp.time.RuleProbe.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import static io.storyline.nlp.time.RuleProbe.resolveAfter;

class DayWordsTest {
    @Test
    void yesterdayIsTheDayBeforeTheAnchor() {
        assertEquals("2024-04-03", value(RuleProbe.of("He left yesterday.").expect(DayWords::dayWord, "yesterday"),
                Tense.PAST));
    }

    @Test
    void tonightIsTheAnchorsNight() {
        Resolution r = resolve(RuleProbe.of("They vote tonight.").expect(DayWords::dayWord, "tonight"), Tense.FUTURE);
        assertEquals("TIME", r.type());
        assertEquals("2024-04-04TNI", r.value());
    }

    @Test
    void theNextDayCountsFromThePreviousDate() {
        TimeMatch match = RuleProbe.of("He left the next day.").expect(DayWords::dayWord, "the");
        assertEquals("2024-03-11", resolveAfter(match, "2024-03-10").value());
    }

    @Test
    void theDayBeforeYesterdayIsTwoDaysBack() {
        RuleProbe probe = RuleProbe.of("He left the day before yesterday.");
        TimeMatch match = probe.expect(DayWords::dayWord, "the");
        assertEquals("the day before yesterday", probe.surface(match));
        assertEquals("2024-04-02", value(match, Tense.PAST));
    }
}
