package io.storyline.cli;

import io.storyline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckCommandTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String out) {
    }

    private static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString());
    }

    @Test
    void checkRerunsAStageLeftBehindAndThenFindsEverythingSound() throws Exception {
        Path crawl = Files.createDirectories(tmp.resolve("crawl"));
        Files.writeString(crawl.resolve("a.txt"), "Floods closed the coastal road near Porto on Monday, the mayor said.\n");
        Files.writeString(crawl.resolve("b.txt"), "The council in Lyon voted on Tuesday to close the old bridge.\n");
        String data = tmp.resolve("data").toString();
        assertEquals(0, run("ingest", "--quiet", "--data", data, crawl.toString()).exit());
        // a kill after the entities stage wrote nothing: its state is gone
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + Path.of(data).resolve(Store.FILE_NAME));
             var s = db.createStatement()) {
            s.execute("DELETE FROM stage_states WHERE stage = 'entities'");
        }
        Run repaired = run("check", "--data", data);
        assertEquals(0, repaired.exit(), repaired.out());
        assertTrue(repaired.out().contains("\"status\":\"repaired\""), repaired.out());
        assertTrue(repaired.out().contains("[entities, stories, events]"), repaired.out());
        Run sound = run("check", "--data", data);
        assertEquals(0, sound.exit());
        assertFalse(sound.out().contains("repaired"), sound.out());
        assertFalse(sound.out().contains("failed\""), sound.out());
    }
}
