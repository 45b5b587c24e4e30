package io.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.cli.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench kills}: the crash-safety test (RandomKillsTest) with many more random kill points than
 * the build runs: child processes killed with SIGKILL during page batches, index commits, corpus stages, schema
 * migrations and entity corrections, each checked after its restart against a run never killed.
 */
@Command(name = "kills", mixinStandardHelpOptions = true,
        description = {"Kills a child ingest/correction with SIGKILL at --runs random points (fixed --seed) and checks "
                + "each restart: nothing lost or duplicated, index = store, corpus tables = a clean run, check clean."})
public final class KillsBenchmark implements Benchmark, Callable<Integer> {
    @Option(names = "--runs", defaultValue = "100", description = "Random kill points (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "16", description = "Seed of the draw (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "bench-results", description = "Folder for the JSON figures (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path root = MavenTests.projectRoot();
        MavenTests.compile(root);
        Path draws = root.resolve("core/target/kills-draws.json").toAbsolutePath();
        Files.deleteIfExists(draws);
        Path log = root.resolve("core/target/kills.log");
        long started = System.nanoTime();
        int exit = MavenTests.run(root, "RandomKillsTest", List.of("-Dstoryline.kills.runs=" + runs,
                "-Dstoryline.kills.seed=" + seed, "-Dstoryline.kills.report=" + draws), Map.of(), log);
        JsonNode summary = Files.exists(draws) ? new ObjectMapper().readTree(draws.toFile()) : null;
        BenchReport report = new BenchReport("kills").put("runs_asked", runs).put("seed", seed)
                .put("passed", exit == 0)
                .put("minutes", Math.round((System.nanoTime() - started) / 6e9) / 10.0)
                .put("runs_recovered", summary == null ? 0 : summary.get("recovered").asInt())
                .put("runs_killed", summary == null ? 0 : summary.get("killed").asInt())
                .put("draws", summary == null ? List.of() : summary.get("draws"));
        if (exit != 0) {
            report.put("failure", "see " + log + " and core/target/surefire-reports/io.storyline.pipeline.RandomKillsTest.txt");
        }
        report.finish(System.out, out);
        return exit == 0 ? 0 : 2;
    }
}
