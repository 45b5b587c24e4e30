package io.storyline.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.SharedData;
import io.storyline.store.KillPoint;
import io.storyline.store.OldStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crash safety at random points: real child processes, each killed with SIGKILL at a point drawn with a fixed
 * seed (a page batch's store or index commit, inside or after a corpus stage, a schema migration, an entity
 * correction), then run again; after each restart no article is lost or duplicated, the index holds exactly the
 * store's articles, dates, copies, entities, mentions, stories and events equal a run never killed, and
 * {@code storyline check} finds everything sound. The build runs {@value #CI_RUNS} draws;
 * {@code ./storyline bench kills --runs 100} runs more ({@code -Dstoryline.kills.runs}, {@code -Dstoryline.kills.seed}).
 */
class RandomKillsTest {
    static final int CI_RUNS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] STAGES = {"dates", "copies", "entities", "stories", "events"};
    private static final String[] MERGE = {"entities", "merge", "Seoul", "South Korea"};

    enum Scenario { INGEST, MIGRATION, CORRECTION }

    /** One draw: what was running, where it was killed, whether the kill happened, and what the check found. */
    record Run(int number, Scenario scenario, String killAt, boolean killed, String verdict) {
    }

    @TempDir
    Path tmp;

    @Test
    void everyRandomKillIsRecoveredWithNothingLostOrDuplicated() throws Exception {
        int runs = Integer.getInteger("storyline.kills.runs", CI_RUNS);
        long seed = Long.getLong("storyline.kills.seed", 16L);
        Path seeds = SharedData.seeds();
        Path reference = tmp.resolve("reference");
        assertEquals(0, child(reference, null, ingest(seeds)), "the reference ingest");
        Path corrected = copy(reference, tmp.resolve("corrected"));
        assertEquals(0, child(corrected, null, MERGE), "the reference correction");
        Expected fromIngest = Expected.of(reference);
        Expected fromCorrection = Expected.of(corrected);
        assertTrue(!fromIngest.corpus.get("entities").isEmpty() && !fromIngest.corpus.get("events").isEmpty(),
                "the seeds must give entities and events to compare");
        assertTrue(!fromIngest.corpus.get("entities").equals(fromCorrection.corpus.get("entities")),
                "the correction must change the entities, or its runs prove nothing");

        Random random = new Random(seed);
        List<Run> done = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Scenario scenario = Scenario.values()[random.nextInt(10) < 6 ? 0 : random.nextInt(2) + 1];
            String point = point(scenario, random);
            Path data = tmp.resolve("run-" + i);
            String[] command;
            switch (scenario) {
                case MIGRATION -> {
                    OldStores.atVersion(data, 1);
                    command = ingest(seeds);
                }
                case CORRECTION -> {
                    copy(reference, data);
                    command = MERGE;
                }
                default -> command = ingest(seeds);
            }
            int exit = child(data, point, command);
            assertTrue(exit == 137 || exit == 0, "run " + i + " (" + point + ") ended with " + exit + ": " + log(data));
            assertEquals(0, child(data, null, command), "run " + i + " (" + point + "): the restart");
            Expected expected = scenario == Scenario.CORRECTION ? fromCorrection : fromIngest;
            String where = "run " + i + ", " + scenario + " killed at " + point;
            expected.assertMatches(data, where);
            assertSoundCheck(data, where);
            done.add(new Run(i, scenario, point, exit == 137, "recovered"));
            report(seed, done); // after every draw, so a long run that is stopped still tells what it did
            deleteTree(data);
        }
        assertEquals(runs, done.size());
        assertTrue(done.stream().filter(Run::killed).count() >= runs / 2,
                "most draws must land on a point the run passes: " + done);
    }

    /** A kill point for the scenario: which point, and which time it is reached. */
    private static String point(Scenario scenario, Random random) {
        return switch (scenario) {
            case MIGRATION -> "migration:before-commit#" + (1 + random.nextInt(OldStores.latestVersion() - 1));
            case CORRECTION -> switch (random.nextInt(4)) {
                case 0 -> "store:before-commit#" + (1 + random.nextInt(3));
                case 1 -> "store:after-commit#" + (1 + random.nextInt(3));
                case 2 -> "stage:" + STAGES[2 + random.nextInt(3)];
                default -> "after:" + STAGES[2 + random.nextInt(2)];
            };
            case INGEST -> switch (random.nextInt(6)) {
                case 0 -> "store:before-commit#" + (1 + random.nextInt(9));
                case 1 -> "store:after-commit#" + (1 + random.nextInt(9));
                case 2 -> "index:before-commit#" + (1 + random.nextInt(4));
                case 3 -> "index:after-commit#" + (1 + random.nextInt(4));
                case 4 -> "stage:" + STAGES[random.nextInt(STAGES.length)];
                default -> "after:" + STAGES[random.nextInt(STAGES.length - 1)];
            };
        };
    }

    /** What a data folder must hold after recovery: the same pages once each, indexed, and the same corpus tables. */
    private record Expected(Map<String, List<String>> pages, Map<String, List<String>> corpus) {
        static Expected of(Path data) throws Exception {
            return new Expected(CorpusTables.pages(data), CorpusTables.corpusWide(data));
        }

        void assertMatches(Path data, String where) throws Exception {
            Map<String, List<String>> actualPages = CorpusTables.pages(data);
            assertTrue(CorpusTables.distinct(actualPages.get("pages")), where + ": a page is stored twice");
            assertEquals(pages, actualPages, where + ": pages or articles lost or added");
            List<String> indexed = CorpusTables.indexedIds(data);
            assertTrue(CorpusTables.distinct(indexed), where + ": an article is indexed twice");
            assertEquals(actualPages.get("articles"), indexed, where + ": the index and the store disagree");
            assertEquals(corpus, CorpusTables.corpusWide(data), where + ": corpus tables differ from a run never killed");
        }
    }

    private static void assertSoundCheck(Path data, String where) throws Exception {
        Path out = data.resolveSibling(data.getFileName() + ".check");
        int exit = child(data, null, new String[] {"check"}, out);
        String lines = Files.readString(out);
        assertEquals(0, exit, where + ": check: " + lines);
        for (String line : lines.split("\n")) {
            if (line.startsWith("{")) {
                JsonNode result = JSON.readTree(line);
                assertEquals("ok", result.get("status").asText(), where + ": " + line);
            }
        }
    }

    private static String[] ingest(Path crawl) {
        return new String[] {"ingest", "--quiet", "--batch", "1", crawl.toString()};
    }

    private static int child(Path data, String killAt, String[] command) throws Exception {
        return child(data, killAt, command, data.resolveSibling(data.getFileName() + ".log"));
    }

    /** Runs the real command line in a child JVM on {@code data}, optionally with a kill point armed. */
    private static int child(Path data, String killAt, String[] command, Path log) throws Exception {
        List<String> args = new ArrayList<>(List.of(javaBinary()));
        if (killAt != null) {
            args.add("-D" + KillPoint.PROPERTY + "=" + killAt);
        }
        args.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.storyline.cli.Main"));
        args.addAll(List.of(command));
        args.addAll(List.of("--data", data.toString()));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end: " + Files.readString(log));
        }
        return process.exitValue();
    }

    private static String log(Path data) throws Exception {
        Path log = data.resolveSibling(data.getFileName() + ".log");
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }

    /** A copy of a data folder (without the Lucene write lock a killed writer may have left). */
    static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** With -Dstoryline.kills.report=FILE, writes the draws and their outcome as JSON (for the benchmark). */
    private static void report(long seed, List<Run> runs) throws Exception {
        String file = System.getProperty("storyline.kills.report");
        if (file == null) {
            return;
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("seed", seed);
        summary.put("runs", runs.size());
        summary.put("killed", runs.stream().filter(Run::killed).count());
        summary.put("recovered", runs.stream().filter(r -> r.verdict().equals("recovered")).count());
        summary.put("draws", runs);
        Files.writeString(Path.of(file), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
