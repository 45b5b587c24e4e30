package io.storyline.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** Where gold documents live and which part of a gold file to score. */
final class GoldOptions {
    @Option(names = "--root", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Folder the gold's document paths are relative to (default: ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "all",
            description = "dev, heldout, or all: each split scored on its own, one JSON line each (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--errors", description = "List what went wrong (tune on dev only: do not read held-out errors).")
    boolean errors;

    /** The splits to score, each ingested into a corpus of its own so one cannot help the other. */
    List<String> splits() {
        return split.equals("all") ? List.of("dev", "heldout") : List.of(split);
    }
}
