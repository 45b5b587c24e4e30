package io.storyline.nlp.time;

import io.storyline.language.Tense;

import org.junit.jupiter.api.Test;

import static io.storyline.nlp.time.RuleProbe.resolve;
import static io.storyline.nlp.time.RuleProbe.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WeekdaysTest {
    @Test
    void weekdayBeforeTheAnchorReadsAsThePastOne() {
        assertEquals("2024-04-01", value(RuleProbe.of("He resigned on Monday.").expect(Weekdays::weekday, "Monday"),
                Tense.PAST));
    }

    @Test
    void weekdayInAFutureSentenceReadsAsTheComingOne() {
        assertEquals("2024-04-08", value(RuleProbe.of("He will resign on Monday.").expect(Weekdays::weekday, "Monday"),
                Tense.FUTURE));
    }

    @Test
    void nextWeekdayIsTheFirstOneAfterTheAnchor() {
        RuleProbe probe = RuleProbe.of("They meet next Friday.");
        TimeMatch match = probe.expect(Weekdays::weekday, "next");
        assertEquals("next Friday", probe.surface(match));
        assertEquals("2024-04-05", value(match, Tense.PAST));
    }

    @Test
    void weekdayWithPartOfDayIsATime() {
        Resolution r = resolve(RuleProbe.of("It fell on Tuesday morning.").expect(Weekdays::weekday, "Tuesday"), Tense.PAST);
        assertEquals("TIME", r.type());
        assertEquals("2024-04-02TMO", r.value());
    }

    @Test
    void weekdayFollowedByADateTakesTheDate() {
        RuleProbe probe = RuleProbe.of("It fell on Monday, March 4, 2019.");
        TimeMatch match = probe.expect(Weekdays::weekday, "Monday");
        assertEquals("Monday, March 4, 2019", probe.surface(match));
        assertEquals("2019-03-04", value(match, Tense.PAST));
    }
}
