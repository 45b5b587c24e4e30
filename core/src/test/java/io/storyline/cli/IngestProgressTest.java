package io.storyline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without a terminal, an ingest says on stderr how reading went and each corpus stage by name with its time. */
class IngestProgressTest {
    @TempDir
    Path tmp;

    @Test
    void withoutATerminalEachStageGetsOneLineWithItsTime() throws Exception {
        Path crawl = Files.createDirectories(tmp.resolve("crawl"));
        Files.writeString(crawl.resolve("a.txt"), "Port opens\n\nThe new port of Gothenburg opened on Monday, "
                + "Mayor Anna Lindqvist said.\n");
        Files.writeString(crawl.resolve("b.txt"), "Ferry line\n\nAnna Lindqvist opened a ferry line in Gothenburg "
                + "on Friday.\n");
        CliRun run = CliRun.of("ingest", "--data", tmp.resolve("data").toString(), crawl.toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.err().matches("(?s).*storyline: read: 2 files, 2 pages \\(2 new\\) in \\d+\\.\\d s, [\\d.,]+ pages/s\n.*"),
                run.err());
        for (String stage : List.of("dates", "copies", "entities", "stories", "events")) {
            assertTrue(run.err().matches("(?s).*storyline: " + stage + ": [\\d,]+ articles in \\d+\\.\\d s\n.*"),
                    stage + " has no line in:\n" + run.err());
        }
        assertTrue(run.err().contains("storyline: entities: 2 articles in"), run.err());
    }
}
