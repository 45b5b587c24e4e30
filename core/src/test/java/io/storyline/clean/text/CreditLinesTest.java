package io.storyline.clean.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditLinesTest {
    private final CreditLines credits = new CreditLines();

    @ParameterizedTest
    @ValueSource(strings = {"By Jane Doe", "BY JANE DOE [jane.doe@example.com]", "By Maria Lindqvist, Pacific Beacon",
            "By Jane Doe and John Roe", "Par Sébastien Martin", "Von Anna Schmidt", "Por María García",
            "(Reporting by Jane Doe; Editing by John Roe)", "Additional reporting by Ana Lima in Lisbon",
            "Reporters Jane Doe and John Roe contributed to this report.", "SEOUL, Jan 29 (Reuters) -"})
    void keepsBylineLines(String line) {
        assertTrue(credits.isCredit(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"By the end of the year, prices had doubled in most regions of the country.",
            "Council approves plan for riverside park", "Leave a Reply", "Most Popular Articles"})
    void doesNotTakeOtherLinesForCredits(String line) {
        assertFalse(credits.isCredit(line));
    }
}
