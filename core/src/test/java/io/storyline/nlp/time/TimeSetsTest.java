package io.storyline.nlp.time;

import io.storyline.language.Tense;

import org.junit.jupiter.api.Test;

import static io.storyline.nlp.time.RuleProbe.resolve;
import static io.storyline.nlp.time.RuleProbe.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeSetsTest {
    @Test
    void everyUnitRecursOnceAUnit() {
        Resolution r = resolve(RuleProbe.of("They meet every week.").expect(TimeSets::set, "every"), Tense.PAST);
        assertEquals("SET", r.type());
        assertEquals("P1W", r.value());
    }

    @Test
    void everyOtherMonthRecursEveryTwo() {
        assertEquals("P2M", value(RuleProbe.of("They meet every other month.").expect(TimeSets::set, "every"), Tense.PAST));
    }

    @Test
    void eachWeekdayIsThatDayOfEveryWeek() {
        assertEquals("XXXX-WXX-1", value(RuleProbe.of("They meet each Monday.").expect(TimeSets::set, "each"), Tense.PAST));
    }

    @Test
    void frequencyAdverbIsASet() {
        assertEquals("P1D", value(RuleProbe.of("They meet daily.").expect(TimeSets::set, "daily"), Tense.PAST));
    }

    @Test
    void adverbInsideANameIsNoSet() {
        RuleProbe.of("He wrote for the Daily Mail.").expectNone(TimeSets::set, "Daily");
    }
}
