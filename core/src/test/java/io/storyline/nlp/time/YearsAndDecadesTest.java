package io.storyline.nlp.time;

import io.storyline.language.Tense;

import org.junit.jupiter.api.Test;

import static io.storyline.nlp.time.RuleProbe.resolve;
import static io.storyline.nlp.time.RuleProbe.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

class YearsAndDecadesTest {
    @Test
    void fourDigitYearIsThatYear() {
        assertEquals("1998", value(RuleProbe.of("It opened in 1998.").expect(YearsAndDecades::yearOrDecade, "1998"), Tense.PAST));
    }

    @Test
    void decadeIsItsThreeLeadingDigits() {
        assertEquals("199", value(RuleProbe.of("It boomed in the 1990s.").expect(YearsAndDecades::yearOrDecade, "the"), Tense.PAST));
        assertEquals("199", value(RuleProbe.of("It boomed in the '90s.").expect(YearsAndDecades::yearOrDecade, "'"), Tense.PAST));
    }

    @Test
    void centuryIsItsTwoLeadingDigits() {
        RuleProbe probe = RuleProbe.of("It began in the 20th century.");
        TimeMatch match = probe.expect(YearsAndDecades::yearOrDecade, "the");
        assertEquals("the 20th century", probe.surface(match));
        assertEquals("19", value(match, Tense.PAST));
    }

    @Test
    void spelledYearIsRead() {
        assertEquals("1996", value(RuleProbe.of("It began in nineteen ninety-six.").expect(YearsAndDecades::yearOrDecade,
                "nineteen"), Tense.PAST));
    }

    @Test
    void priceIsNoYear() {
        RuleProbe.of("It costs $2024 now.").expectNone(YearsAndDecades::yearOrDecade, "2024");
    }
}
