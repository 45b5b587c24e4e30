package io.storyline;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's shared data sets are: {@code ../shared} beside the repository (never copied into it). */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        Path shared = Path.of(System.getProperty("storyline.root", "."), "..", "shared").normalize();
        if (!Files.isDirectory(shared)) {
            throw new IllegalStateException("shared data not found at " + shared.toAbsolutePath());
        }
        return shared;
    }

    public static Path seeds() {
        return root().resolve("seeds");
    }

    public static Path teSilver() {
        return root().resolve("data/tempeval3/TE3-Silver-data");
    }
}
