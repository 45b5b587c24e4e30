package io.storyline.cli;

import io.storyline.SharedData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The seeds ingested once with the CLI; tests that change the store work on a copy of the folder. */
final class SeedData {
    private static Path folder;

    private SeedData() {
    }

    static synchronized Path ingested() throws Exception {
        if (folder == null) {
            folder = Files.createTempDirectory("storyline-seeds");
            CliRun run = CliRun.of("ingest", "-q", "--data", folder.toString(), SharedData.seeds().toString());
            assertEquals(0, run.exit(), run.toString());
        }
        return folder;
    }

    static Path copy(Path to) throws Exception {
        Path from = ingested();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.comparing(Path::getNameCount)).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
