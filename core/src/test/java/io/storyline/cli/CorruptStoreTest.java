package io.storyline.cli;

import io.storyline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorruptStoreTest {
    @TempDir
    Path data;

    @Test
    void aStoreFileThatIsNotSqliteIsNamedWithItsOwnExitCode() throws Exception {
        Files.write(data.resolve(Store.FILE_NAME), "this is not an SQLite database, just text".repeat(200).getBytes());
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        assertEquals(ExitCodes.UNUSABLE_STORE, cli.execute("articles", "--data", data.toString()));
        assertTrue(err.toString().contains(data.resolve(Store.FILE_NAME) + ": not a usable Storyline store"), err.toString());
    }
}
