package io.storyline;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's shared data sets are: {@code ../shared} beside the repository (never copied into it). */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        Path shared = base();
        if (!Files.isDirectory(shared)) {
            throw new IllegalStateException("shared data not found at " + shared.toAbsolutePath());
        }
        return shared;
    }

    /** A path inside the shared folder, {@code path("data", "conll2003")}, not checked: callers decide. */
    public static Path path(String first, String... more) {
        return base().resolve(Path.of(first, more));
    }

    private static Path base() {
        return Path.of(System.getProperty("storyline.root", "."), "..", "shared").normalize();
    }

    public static Path seeds() {
        return root().resolve("seeds");
    }

    public static Path teSilver() {
        return root().resolve("data/tempeval3/TE3-Silver-data");
    }
}
