package io.storyline.nlp.time;

import io.storyline.language.Tense;

import org.junit.jupiter.api.Test;

import static io.storyline.nlp.time.RuleProbe.resolve;
import static io.storyline.nlp.time.RuleProbe.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReferenceWordsTest {
    @Test
    void nowIsThePresent() {
        assertEquals("PRESENT_REF", value(RuleProbe.of("Prices are high now.").expect(ReferenceWords::referenceWord, "now"),
                Tense.UNKNOWN));
    }

    @Test
    void theFutureStartsAtTheArticleNotThePreposition() {
        RuleProbe probe = RuleProbe.of("Prices rise in the future.");
        probe.expectNone(ReferenceWords::referenceWord, "in");
        TimeMatch match = probe.expect(ReferenceWords::referenceWord, "the");
        assertEquals("the future", probe.surface(match));
        assertEquals("FUTURE_REF", value(match, Tense.FUTURE));
    }

    @Test
    void recentAsAnAdjectiveIsNoTime() {
        RuleProbe.of("A recent poll showed it.").expectNone(ReferenceWords::referenceWord, "recent");
    }

    @Test
    void currentOfElectricityIsNoTime() {
        RuleProbe.of("The current account fell.").expectNone(ReferenceWords::referenceWord, "current");
    }
}
