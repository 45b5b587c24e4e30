package io.storyline.resolve.entity;

import io.storyline.nlp.EntityMention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityTypingTest {
    private final EntityResolver resolver = new EntityResolver();
    private long order;

    /** An article whose mentions are the given "TYPE:surface" strings, found in order in the text. */
    private ArticleMentions article(String id, String text, String... typedSurfaces) {
        List<EntityMention> mentions = new ArrayList<>();
        int from = 0;
        for (String ts : typedSurfaces) {
            String type = ts.substring(0, ts.indexOf(':'));
            String surface = ts.substring(ts.indexOf(':') + 1);
            int at = text.indexOf(surface, from);
            mentions.add(new EntityMention(type, surface, at, at + surface.length()));
            from = at + surface.length();
        }
        return new ArticleMentions(id, order++, mentions, List.of(), text, true);
    }

    private static Entity named(Resolution r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + r.entities()));
    }

    @Test
    void countriesAndOrganisationsTheDictionariesKnowGetTheirTypeAndAStableId() {
        Resolution r = resolver.resolve(List.of(article("a",
                "Turkey and NATO met; the Red Cross and Hamas were there.",
                "PERSON:Turkey", "LOCATION:NATO", "PERSON:Red Cross", "PERSON:Hamas")));
        assertEquals("LOCATION", named(r, "Turkey").type());
        assertEquals("TUR", named(r, "Turkey").knownId());
        assertEquals("ORGANIZATION", named(r, "NATO").type());
        assertEquals("IGOWSTNAT", named(r, "NATO").knownId());
        assertEquals("ORGANIZATION", named(r, "Red Cross").type());
        assertEquals("ORGANIZATION", named(r, "Hamas").type());
        assertTrue(named(r, "Hamas").typedBy().contains("Phoenix"), named(r, "Hamas").typedBy());
    }

    @Test
    void aVesselAProductAndAUnitAreNeitherPeopleNorPlaces() {
        Resolution r = resolver.resolve(List.of(article("a",
                "Troops boarded the ship Mavi Marmara. Google closed its Stadia streaming service. Add 2 Tbsp of oil.",
                "PERSON:Mavi Marmara", "ORGANIZATION:Google", "PERSON:Stadia", "LOCATION:Tbsp")));
        assertEquals("MISC", named(r, "Mavi Marmara").type());
        assertEquals("a vessel: after 'ship'", named(r, "Mavi Marmara").typedBy());
        assertEquals("MISC", named(r, "Stadia").type());
        assertTrue(r.entities().stream().noneMatch(e -> e.name().equals("Tbsp")), r.entities().toString());
    }

    @Test
    void aVesselWordInTheSentenceBeforeSaysNothingAboutTheNextName() {
        Resolution r = resolver.resolve(List.of(article("a", "They boarded the ship. Erdogan spoke.",
                "PERSON:Erdogan")));
        assertEquals("PERSON", named(r, "Erdogan").type());
        assertNull(named(r, "Erdogan").knownId());
    }

    @Test
    void pageCaptionGluedToANameIsNotPartOfIt() {
        Resolution r = resolver.resolve(List.of(article("a", "Media captionJulian Assange left. Julian Assange spoke.",
                "PERSON:Media captionJulian Assange", "PERSON:Julian Assange")));
        assertEquals(1, r.entities().size());
        assertEquals("Julian Assange", r.entities().get(0).name());
        assertEquals(List.of(), r.entities().get(0).aliases());
    }

    @Test
    void europeAndEuropaAreTwoPlacesButTwoSpellingsOfAPersonStayOne() {
        Resolution r = resolver.resolve(List.of(
                article("a", "Leaders of Europe met.", "LOCATION:Europe"),
                article("b", "The probe flew past Europa.", "LOCATION:Europa"),
                article("c", "Mohammed Ali spoke.", "PERSON:Mohammed Ali"),
                article("d", "Muhammad Ali spoke.", "PERSON:Muhammad Ali")));
        assertNotEquals(named(r, "Europe").id(), named(r, "Europa").id());
        assertEquals(named(r, "Mohammed Ali").id(), named(r, "Muhammad Ali").id());
    }

    @Test
    void aPeoplesAdjectiveAndACapitalActingStandForTheirCountry() {
        Resolution r = resolver.resolve(List.of(
                article("a", "Turkish officials said the talks failed. Turkey denied it.", "LOCATION:Turkey"),
                article("b", "Seoul urged calm, and South Korean troops stayed in Seoul.", "LOCATION:Seoul",
                        "LOCATION:Seoul")));
        Entity turkey = named(r, "Turkey");
        assertEquals(1, turkey.references().size());
        assertEquals("Turkish officials", turkey.references().get(0).surface());
        assertTrue(turkey.references().get(0).how().contains("adjective"));
        Entity korea = named(r, "South Korea");
        assertEquals("KOR", korea.knownId());
        assertEquals(List.of("Seoul", "South Korean troops"),
                korea.references().stream().map(Entity.Reference::surface).sorted().toList());
        assertEquals("LOCATION", named(r, "Seoul").type(), "the city stays a place of its own");
    }

    @Test
    void aCapitalAsAPlaceIsNoReferenceToItsCountry() {
        Resolution r = resolver.resolve(List.of(article("a", "Talks in Seoul ended.", "LOCATION:Seoul")));
        assertEquals(1, r.entities().size());
    }
}
