package io.storyline.cli;

import io.storyline.store.Corpus;
import io.storyline.store.Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The {@code --data DIR} option, mixed into the top command and every command and subcommand that reads the
 * store, so it is accepted anywhere on the line ({@code storyline --data D entities merge A B}, {@code storyline
 * entities merge A B --data D}). Whichever place it is given in, the value is kept on the top command's mixin,
 * which every command reads.
 */
public final class DataOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private Path data;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder (default: $STORYLINE_DATA, else ./storyline-data).")
    void setData(Path value) {
        if (value != null) {
            top().data = value;
        }
    }

    private DataOptions top() {
        Object root = mixee.root().mixins().get("data") == null ? null : mixee.root().mixins().get("data").userObject();
        return root instanceof DataOptions shared ? shared : this;
    }

    public Path folder() {
        Path given = top().data;
        if (given != null) {
            return given;
        }
        String env = System.getenv("STORYLINE_DATA");
        return Path.of(env == null || env.isBlank() ? "storyline-data" : env);
    }

    /**
     * Opens the store of a command that reads: a folder that holds none (a typo in --data) is an error naming the
     * folder, never a new empty store.
     */
    public Corpus open() throws SQLException, IOException {
        return Corpus.open(existingFolder());
    }

    private Path existingFolder() throws NoSuchFileException {
        Path folder = folder();
        if (!Files.isRegularFile(folder.resolve(Store.FILE_NAME))) {
            throw new NoSuchFileException("no Storyline data in " + folder.toAbsolutePath()
                    + (Files.isDirectory(folder) ? " (the folder has no " + Store.FILE_NAME + ")" : " (no such folder)")
                    + "; give the folder `ingest` wrote with --data DIR or STORYLINE_DATA, or ingest pages first");
        }
        return folder;
    }

    /** Opens the store, creating the folder and an empty store when there is none: for {@code ingest} only. */
    public Corpus openOrCreate(java.io.PrintWriter err) throws SQLException, IOException {
        return Corpus.openForWriting(folder(), "ingest", waitMessage(err));
    }

    /** Opens an existing store to change it, after the writer before (if any) is done. */
    public Corpus openForWriting(String what, java.io.PrintWriter err) throws SQLException, IOException {
        return Corpus.openForWriting(existingFolder(), what, waitMessage(err));
    }

    private static java.util.function.Consumer<String> waitMessage(java.io.PrintWriter err) {
        return message -> {
            err.println(message);
            err.flush();
        };
    }
}
