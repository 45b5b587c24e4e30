package io.storyline.events.coding;

import io.storyline.events.PloverType;
import io.storyline.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerbDictionaryConverterTest {
    private static List<String> shared(String... path) throws Exception {
        Path file = SharedData.path("data", path);
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theCommittedVerbResourceIsTheConversionOfTheSharedDictionaries() throws Exception {
        List<String> converted = VerbDictionaryConverter.convert(shared("petrarch2", "CAMEO.2.0.txt"),
                shared("petrarch2", "LICENSE"), shared("plover", "CAMEO2PLOVER-2021.txt"));
        List<String> committed;
        try (var in = VerbDictionary.class.getResourceAsStream("/io/storyline/events/cameo-verbs.txt")) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertEquals(converted, committed, "rerun VerbDictionaryConverter and commit cameo-verbs.txt");
        assertTrue(committed.stream().anyMatch(l -> l.contains("The MIT License")), "the MIT notice travels with it");
        assertTrue(converted.stream().filter(l -> l.startsWith("- ")).count() > 4500, "about 4,700 patterns");
    }

    @Test
    void aPatternCarriesItsPloverTypeModeAndContext() {
        List<String> out = VerbDictionaryConverter.convert(List.of(
                "&HOSTAGE", "+HOSTAGE", "+CAPTIVE_", "####### VERB PATTERNS #######",
                "---  RELEASE   [080]  ---", "FREE {FREES FREEING FREED }", "RELEASE [084] ",
                "- * &HOSTAGE                                          [0841]        # RELEASE",
                "- $ * {CIVILIAN STAFF} (FROM +)   [---]", "######## TRANSFORMATIONS ##########", "~ a (a b Q) SAY = a b Q"),
                List.of("MIT"), List.of("08: CONCEDE", "084: RETREAT,   ,  # Return, release",
                        "0841: RETREAT, release,   legal # Return, release person(s)"));
        List<String> body = out.stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        assertEquals(List.of("&hostage = hostage | captive", "= release | 080 | CONCEDE | - | -", "free",
                "release | 084 | RETREAT | - | -", "- * &hostage | 0841 | RETREAT | release | legal",
                "- * civilian_staff (from) | --- | - | - | -"), body);
    }
}
