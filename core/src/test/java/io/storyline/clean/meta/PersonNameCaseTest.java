package io.storyline.clean.meta;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonNameCaseTest {

    private final PersonNameCase nameCase = new PersonNameCase();

    @Test
    void recasesKoreanNameWithLowerSecondSyllable() {
        assertEquals("Lim Jeong-won", nameCase.normalise("LIM JEONG-WON"));
        assertEquals("Kim Ji-hoon", nameCase.normalise("KIM JI-HOON"));
    }

    @Test
    void recasesWesternNamesPartByPart() {
        assertEquals("Jean-Paul Martin", nameCase.normalise("JEAN-PAUL MARTIN"));
        assertEquals("Mary McDonald", nameCase.normalise("MARY MCDONALD"));
        assertEquals("Sean O'Neil", nameCase.normalise("SEAN O'NEIL"));
    }

    @Test
    void keepsMixedCaseAsPrinted() {
        assertEquals("Josh Smith", nameCase.normalise("Josh Smith"));
        assertEquals("Ursula von der Leyen", nameCase.normalise("Ursula von der Leyen"));
    }
}
