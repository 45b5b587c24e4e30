package io.storyline.query;

import io.storyline.resolve.entity.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityLookupTest {
    private static Entity entity(String id, String name, String... aliases) {
        return new Entity(id, name, "PERSON", List.of(aliases), List.of(), List.of(), 1, List.of(), List.of());
    }

    private final Entity jens = entity("e1", "Jens Stoltenberg", "Stoltenberg");
    private final Entity yoon = entity("e2", "Yoon Suk Yeol", "Yoon Sok-yol");
    private final Entity soongu = entity("e3", "Yoon Soongu");
    private final Entity seoul = entity("e4", "Seoul");
    private final Entity dateline = entity("e5", "SEOUL");
    private final Entity jose = entity("e6", "José Ramos-Horta");
    private final EntityLookup lookup = new EntityLookup(List.of(jens, yoon, soongu, seoul, dateline, jose));

    @Test
    void findsBySurnameAliasIdAndAnyLetterCase() {
        assertEquals(jens, lookup.find("stoltenberg").entity());
        assertEquals(jens, lookup.find("JENS STOLTENBERG").entity());
        assertEquals(yoon, lookup.find("yoon sok-yol").entity());
        assertEquals(yoon, lookup.find("e2").entity());
        assertEquals(jose, lookup.find("jose ramos-horta").entity(), "accents optional");
        assertEquals(jose, lookup.find("Horta").entity(), "a word of a hyphenated name");
    }

    @Test
    void exactSpellingWinsOverAnotherLetterCase() {
        assertEquals(dateline, lookup.find("SEOUL").entity());
        assertEquals(seoul, lookup.find("Seoul").entity());
        assertTrue(lookup.find("seoul").ambiguous(), "neither spelled so: both are candidates");
    }

    @Test
    void aSurnameOfTwoPeopleIsAmbiguousAndListsThem() {
        EntityLookup.Match match = lookup.find("Yoon");
        assertTrue(match.ambiguous());
        assertEquals(List.of(yoon, soongu), match.candidates());
        assertTrue(match.problem().contains("e2 Yoon Suk Yeol") && match.problem().contains("e3 Yoon Soongu"), match.problem());
    }

    @Test
    void aNameOfNoEntityIsNotFound() {
        EntityLookup.Match match = lookup.find("Atlantis");
        assertFalse(match.found() || match.ambiguous());
        assertEquals("no entity named 'Atlantis'", match.problem());
    }
}
