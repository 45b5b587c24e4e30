package io.storyline.nlp.time;

import io.storyline.language.Tense;

import org.junit.jupiter.api.Test;

import static io.storyline.nlp.time.RuleProbe.resolve;
import static io.storyline.nlp.time.RuleProbe.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import static io.storyline.nlp.time.RuleProbe.resolveAfter;

class RelativeUnitsTest {
    @Test
    void lastWeekIsTheIsoWeekBeforeTheAnchors() {
        assertEquals("2024-W13", value(RuleProbe.of("Prices rose last week.").expect(RelativeUnits::relativeUnit, "last"),
                Tense.PAST));
    }

    @Test
    void earlierThisYearIsTheAnchorsYear() {
        RuleProbe probe = RuleProbe.of("Prices rose earlier this year.");
        TimeMatch match = probe.expect(RelativeUnits::relativeUnit, "earlier");
        assertEquals("earlier this year", probe.surface(match));
        assertEquals("2024", value(match, Tense.PAST));
    }

    @Test
    void lastNovemberIsTheNovemberBeforeTheAnchor() {
        assertEquals("2023-11", value(RuleProbe.of("Prices rose last November.").expect(RelativeUnits::relativeMonth,
                "last"), Tense.PAST));
    }

    @Test
    void theFollowingYearCountsFromThePreviousDate() {
        TimeMatch match = RuleProbe.of("He left the following year.").expect(RelativeUnits::theUnit, "the");
        assertEquals("1999", resolveAfter(match, "1998").value());
    }

    @Test
    void unitInsideANameIsNoTime() {
        RuleProbe.of("He read This Week Magazine.").expectNone(RelativeUnits::relativeUnit, "This");
    }
}
