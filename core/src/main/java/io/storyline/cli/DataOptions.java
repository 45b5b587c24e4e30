package io.storyline.cli;

import io.storyline.store.Corpus;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/** The {@code --data DIR} option every command shares. */
public final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder (default: $STORYLINE_DATA, else ./storyline-data).")
    Path data;

    public Path folder() {
        if (data != null) {
            return data;
        }
        String env = System.getenv("STORYLINE_DATA");
        return Path.of(env == null || env.isBlank() ? "storyline-data" : env);
    }

    public Corpus open() throws SQLException, IOException {
        return Corpus.open(folder());
    }
}
