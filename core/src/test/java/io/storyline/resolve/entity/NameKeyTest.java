package io.storyline.resolve.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NameKeyTest {
    @Test
    void koreanRomanisationsOfOneNameShareAKey() {
        String key = NameKey.of("Yoon Suk Yeol");
        assertEquals(NameKey.of("Yoon Suk-yeol").replace(" ", ""), key.replace(" ", ""));
        assertEquals(NameKey.of("Yoon Sok-yol").replace(" ", ""), key.replace(" ", ""));
        assertEquals(NameKey.of("Yoon Sok-yul").replace(" ", ""), key.replace(" ", ""));
        assertEquals(NameKey.of("Lee Jong-Sup"), NameKey.of("Lee Jong-sub"));
        assertEquals(NameKey.of("Yoon Soongu"), NameKey.of("Yoon Soon-gu"));
    }

    @Test
    void differentPeopleSharingASurnameKeepDifferentKeys() {
        assertNotEquals(NameKey.of("Yoon Suk Yeol").replace(" ", ""), NameKey.of("Yoon Soon-gu").replace(" ", ""));
        assertNotEquals(NameKey.of("Park Jin"), NameKey.of("Park Jun"));
        assertNotEquals(NameKey.of("Kim Jong-un"), NameKey.of("Kim Jong-il"));
        assertNotEquals(NameKey.of("Cuba"), NameKey.of("Juba"));
    }

    @Test
    void acronymsAndNumbersAreKeptAsWritten() {
        assertNotEquals(NameKey.of("FDA"), NameKey.of("FTA"));
        assertNotEquals(NameKey.of("EU"), NameKey.of("AU"));
        assertNotEquals(NameKey.of("BBC"), NameKey.of("PC"));
        assertNotEquals(NameKey.of("2002 World Cup"), NameKey.of("World Cup"));
    }

    @Test
    void otherRomanisationFamiliesFold() {
        assertEquals(NameKey.of("Volodymyr Zelensky"), NameKey.of("Volodymyr Zelenskyy"));
        assertEquals(NameKey.of("Zelenskiy"), NameKey.of("Zelensky"));
        assertEquals(NameKey.of("José Martínez"), NameKey.of("Jose Martinez"));
        assertEquals(NameKey.of("Muammar Gaddafi"), NameKey.of("Moammar Qadhafi"));
        assertEquals(NameKey.of("Mohammed"), NameKey.of("Muhammad"));
        assertEquals(NameKey.of("Alexei Navalny"), NameKey.of("Aleksei Navalny"));
        assertEquals(NameKey.of("Sergei Lavrov"), NameKey.of("Sergey Lavrov"));
    }
}
