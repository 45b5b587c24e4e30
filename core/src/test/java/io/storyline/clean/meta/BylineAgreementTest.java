package io.storyline.clean.meta;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BylineAgreementTest {
    @Test
    void keepsOnlyTheNames() {
        assertEquals(List.of("lucas", "nolan"), BylineAgreement.words("by Lucas Nolan22 Dec 2016651"));
        assertEquals(List.of(), BylineAgreement.words("Last Updated: January 7, 2025"));
        assertEquals(List.of("bradley", "m", "kuhn"), BylineAgreement.words("Bradley M. Kuhn (http://ebb.org/bkuhn/)"));
    }

    @Test
    void agreesOnTheSameNamesInAnyOrderOrOnTheirStart() {
        assertTrue(BylineAgreement.agrees("Stella Kim and Jennifer Jett", "Stella Kim, Jennifer Jett"));
        assertTrue(BylineAgreement.agrees("Michiel de Jong", "Jong, Michiel de"));
        assertTrue(BylineAgreement.agrees("Brenda Goodman", "By Brenda  Goodman, MA\n   WebMD Health News"));
        assertTrue(BylineAgreement.agrees("Gillian Mohney", "By GILLIAN MOHNEY\n March 11, 2015 3:46 PM"));
    }

    @Test
    void disagreesOnOtherNamesOrExtraWords() {
        assertFalse(BylineAgreement.agrees("Tom Krisher and AP Auto", "Tom Krisher"));
        assertFalse(BylineAgreement.agrees("Laurie Oakes", "JOE HILDEBRAND"));
        assertFalse(BylineAgreement.agrees(null, "Jane Doe"));
    }
}
