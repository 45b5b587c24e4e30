package io.storyline.nlp.time;

import io.storyline.language.Tense;

import org.junit.jupiter.api.Test;

import static io.storyline.nlp.time.RuleProbe.resolve;
import static io.storyline.nlp.time.RuleProbe.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SeasonsTest {
    @Test
    void lastSummerSeenFromSpringIsLastYears() {
        assertEquals("2023-SU", value(RuleProbe.of("It rained last summer.").expect(Seasons::season, "last"), Tense.PAST));
    }

    @Test
    void seasonWithAYearIsThatYears() {
        assertEquals("2020-SP", value(RuleProbe.of("It rained in spring 2020.").expect(Seasons::season, "spring"), Tense.PAST));
    }

    @Test
    void capitalizedSeasonInANameIsNoTime() {
        RuleProbe.of("He ran in the Summer Olympics.").expectNone(Seasons::season, "the");
    }

    @Test
    void bareFallIsAVerbNotASeason() {
        RuleProbe.of("Prices could fall further.").expectNone(Seasons::season, "fall");
    }
}
