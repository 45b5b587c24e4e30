package io.storyline.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Commands that take an entity accept a surname, an alias or another letter case, and list an ambiguous name's candidates. */
class EntityNamesTest {

    @Test
    void timelineAndEventsTakeASurnameInAnyCase() throws Exception {
        String d = SeedData.ingested().toString();
        CliRun timeline = CliRun.of("timeline", "stoltenberg", "--data", d);
        assertEquals(0, timeline.exit(), timeline.toString());
        assertFalse(timeline.lines().isEmpty());
        CliRun events = CliRun.of("events", "--entity", "STOLTENBERG", "--data", d);
        assertEquals(0, events.exit(), events.toString());
        assertFalse(events.lines().isEmpty(), "Stoltenberg takes part in events of the seeds");
    }

    @Test
    void anAmbiguousWordOfSeveralNamesListsItsCandidatesAndFails() throws Exception {
        CliRun run = CliRun.of("timeline", "north", "--data", SeedData.ingested().toString());
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("ambiguous") && run.err().contains("North Korea")
                && run.err().contains("North America"), run.err());
    }

    @Test
    void aSurnameTheCorpusGivesToOnePersonIsThatPersonsAlias() throws Exception {
        // "Yoon" alone stands for the president in three seeds; Yoon Soongu is named in full where he appears
        CliRun run = CliRun.of("timeline", "Yoon", "--data", SeedData.ingested().toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("Yoon Suk Yeol"), run.out());
    }
}
