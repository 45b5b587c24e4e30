package io.storyline.events.coding;

import io.storyline.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorDictionaryTest {
    private static final ActorDictionary ACTORS = ActorDictionary.standard();

    private static String label(String phrase) {
        return ACTORS.resolve(List.of(phrase.split(" "))).map(ActorCode::label).orElse(null);
    }

    @Test
    void nationalityAndRoleGiveCountryAndSector() {
        assertEquals("RUS/COP", label("Russian police"));
        assertEquals("TUR/GOV", label("Turkish officials"));
        assertEquals("TWN/GOV", label("Taiwan 's Vice Foreign Minister"));
    }

    @Test
    void aRoleAloneGivesOnlyItsSector() {
        assertEquals("REB", label("rebels"));
        assertEquals("COP", label("State police"));
        assertEquals(null, label("the weather"));
    }

    @Test
    void theCommittedActorResourcesAreTheConversionOfTheSharedDictionaries() throws Exception {
        List<String> license = read("LICENSE");
        List<List<String>> actorFiles = new ArrayList<>();
        for (String name : PhoenixActorConverter.ACTOR_FILES) {
            actorFiles.add(read(name));
        }
        assertEquals(PhoenixActorConverter.actors(actorFiles, license), resource("phoenix-actors.txt"));
        assertEquals(PhoenixActorConverter.agents(read("Phoenix.agents.txt"), license), resource("phoenix-agents.txt"));
    }

    @Test
    void datedCodesAreLeftOutAndSubstitutionsExpanded() {
        List<String> actors = PhoenixActorConverter.actors(List.of(List.of("RUSSIAN_FEDERATION_  [RUS]", "+RUSSIAN",
                "BORIS_YELTSIN_", "\t[RUSGOV 910710-991231]", "\t[RUSELI]", "STATE_DUMA", "\t[RUSLEG]")), List.of());
        assertEquals(List.of("russian federation | RUS", "russian | RUS", "state duma | RUSLEG"),
                actors.stream().filter(l -> !l.startsWith("#")).toList());
        List<String> agents = PhoenixActorConverter.agents(List.of("!PERSON! = MAN, WOMAN", "POLICE!PERSON!  [~COP]",
                "CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]"), List.of());
        assertEquals(List.of("policeman | ~COP", "policewoman | ~COP", "chamber of commerce | ~BUS",
                "chambers of commerce | ~BUS"), agents.stream().filter(l -> !l.startsWith("#")).toList());
    }

    private static List<String> read(String name) throws Exception {
        return new String(Files.readAllBytes(SharedData.path("data", "petrarch2", name)), StandardCharsets.UTF_8).lines().toList();
    }

    private static List<String> resource(String name) throws Exception {
        try (var in = ActorDictionary.class.getResourceAsStream("/io/storyline/events/" + name)) {
            assertTrue(in != null, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
