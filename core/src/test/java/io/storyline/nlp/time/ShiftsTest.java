package io.storyline.nlp.time;

import io.storyline.language.Tense;

import org.junit.jupiter.api.Test;

import static io.storyline.nlp.time.RuleProbe.resolve;
import static io.storyline.nlp.time.RuleProbe.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import static io.storyline.nlp.time.RuleProbe.resolveAfter;
import static io.storyline.nlp.time.RuleProbe.resolveInPeriod;

class ShiftsTest {
    @Test
    void agoCountsBackFromTheAnchor() {
        RuleProbe probe = RuleProbe.of("He left three years ago.");
        TimeMatch match = probe.expect(Shifts::agoOrLater, "three");
        assertEquals("three years ago", probe.surface(match));
        assertEquals("2021", value(match, Tense.PAST));
    }

    @Test
    void laterCountsOnFromThePreviousDate() {
        TimeMatch match = RuleProbe.of("He came back two days later.").expect(Shifts::agoOrLater, "two");
        assertEquals("2024-03-12", resolveAfter(match, "2024-03-10").value());
    }

    @Test
    void vagueCountPointsToThePastAsAWhole() {
        assertEquals("PAST_REF", value(RuleProbe.of("He left years ago.").expect(Shifts::agoOrLater, "years"), Tense.PAST));
    }

    @Test
    void yearAgoQuarterIsTheReportedQuarterAYearBack() {
        RuleProbe probe = RuleProbe.of("Sales beat the year-ago quarter.");
        TimeMatch match = probe.expect(Shifts::yearEarlier, "the");
        assertEquals("the year-ago quarter", probe.surface(match));
        assertEquals("2023-Q1", resolveInPeriod(match, "2024-Q1").value());
    }
}
