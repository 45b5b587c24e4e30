package io.storyline.nlp.time;

import io.storyline.language.Tense;

import org.junit.jupiter.api.Test;

import static io.storyline.nlp.time.RuleProbe.resolve;
import static io.storyline.nlp.time.RuleProbe.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DurationsTest {
    @Test
    void countedUnitIsASpanOfThatMany() {
        Resolution r = resolve(RuleProbe.of("He served for three years.").expect(Durations::duration, "three"), Tense.PAST);
        assertEquals("DURATION", r.type());
        assertEquals("P3Y", r.value());
    }

    @Test
    void barePluralAfterForIsAnUnmeasuredSpan() {
        assertEquals("PXY", value(RuleProbe.of("He served for years.").expect(Durations::duration, "years"), Tense.PAST));
    }

    @Test
    void theComingWeeksAreSomeWeeks() {
        RuleProbe probe = RuleProbe.of("It ends in the coming weeks.");
        TimeMatch match = probe.expect(Durations::duration, "the");
        assertEquals("the coming weeks", probe.surface(match));
        assertEquals("PXW", value(match, Tense.FUTURE));
    }

    @Test
    void aYearAfterAnAmountIsARateNotASpan() {
        RuleProbe.of("It earns 5 million a year.").expectNone(Durations::duration, "a");
    }
}
