package io.storyline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --data is accepted anywhere on the line, and a folder with no store is an error, never a new empty store. */
class DataOptionsTest {
    @TempDir
    Path tmp;

    @Test
    void dataIsAcceptedBeforeOrAfterAnySubcommand() throws Exception {
        String d = SeedData.ingested().toString();
        for (String[] args : new String[][] {
                {"--data", d, "entities", "corrections"},
                {"entities", "--data", d, "corrections"},
                {"entities", "corrections", "--data", d},
                {"--data", d, "articles"},
                {"timeline", "Stoltenberg", "--data", d},
                {"--data", d, "entities", "merge", "Seoul", "Seoul"}}) {
            CliRun run = CliRun.of(args);
            assertEquals(0, run.exit(), String.join(" ", args) + "\n" + run);
        }
        CliRun articles = CliRun.of("--data", d, "articles");
        assertEquals(4, articles.lines().size(), "read from the folder given before the subcommand");
    }

    @Test
    void aReadCommandOnAFolderWithNoStoreFailsNamingItAndCreatesNothing() {
        Path typo = tmp.resolve("storylin-data");
        for (String[] args : new String[][] {{"articles"}, {"entities"}, {"entities", "corrections"}, {"search", "NATO"}}) {
            CliRun run = CliRun.of(concat(args, "--data", typo.toString()));
            assertEquals(1, run.exit(), run.toString());
            assertTrue(run.err().contains(typo.toAbsolutePath().toString()), run.err());
        }
        assertFalse(Files.exists(typo), "no store was created");
    }

    @Test
    void ingestCreatesTheStore() throws Exception {
        Path crawl = Files.createDirectories(tmp.resolve("crawl"));
        Files.writeString(crawl.resolve("a.txt"), "Port opens\n\nThe new port of Gothenburg opened on Monday, officials said.\n");
        Path data = tmp.resolve("new-data");
        assertEquals(0, CliRun.of("ingest", "-q", crawl.toString(), "--data", data.toString()).exit());
        assertEquals(0, CliRun.of("articles", "--data", data.toString()).exit());
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
