package io.storyline.bench;

import io.storyline.cli.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code storyline bench fuzz}: runs every Jazzer {@code @FuzzTest} of the core module in fuzzing mode for a
 * while, one after the other (Jazzer fuzzes one test per JVM), through Maven so that the test class path and
 * the seed inputs are the build's own. A crash is written by Jazzer beside the seeds
 * ({@code core/src/test/resources/…/<Class>Inputs/<method>/crash-…}), where every later build replays it.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = {"Fuzzes each @FuzzTest of the core module for --seconds (Jazzer, JAZZER_FUZZ=1 through Maven).",
                "Reports executions and crashes per test; crash inputs land beside the seeds as regression inputs."})
public final class FuzzBenchmark implements Benchmark, Callable<Integer> {
    private static final Pattern FUZZ_METHOD = Pattern.compile("@FuzzTest\\s+(?:@\\w+\\s+)*void\\s+(\\w+)\\s*\\(");
    private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");
    private static final Pattern CRASH_FILE = Pattern.compile("Test unit written to (\\S+)");
    private static final Pattern FINDING = Pattern.compile("FuzzTestFinding(?:Exception)?:? (\\S+)");

    @Option(names = "--seconds", defaultValue = "120", description = "Fuzzing time per test (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--only", description = "Only tests whose Class#method contains this text.")
    String only;

    @Option(names = "--out", defaultValue = "bench-results", description = "Folder for the JSON figures (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path root = MavenTests.projectRoot();
        List<String> tests = fuzzTests(root.resolve("core/src/test/java"));
        if (only != null) {
            tests.removeIf(t -> !t.contains(only));
        }
        MavenTests.compile(root);
        List<Map<String, Object>> results = new ArrayList<>();
        long executions = 0;
        int crashes = 0;
        for (String test : tests) {
            Path log = root.resolve("core/target/fuzz-" + test.replace('#', '.') + ".log");
            System.err.printf("storyline: fuzzing %s for %d s%n", test, seconds);
            int exit = MavenTests.run(root, test, List.of(), Map.of("JAZZER_FUZZ", "1", "JAZZER_MAX_DURATION", seconds + "s"), log);
            Map<String, Object> result = summary(test, Files.readString(log), exit);
            executions += (long) result.get("executions");
            crashes += ((List<?>) result.get("crash_inputs")).size();
            results.add(result);
            System.err.println("storyline: " + result);
        }
        new BenchReport("fuzz").put("seconds_per_test", seconds).put("tests", results.size())
                .put("executions", executions).put("crashes", crashes).put("results", results)
                .finish(System.out, out);
        return crashes == 0 ? 0 : 2;
    }

    static Map<String, Object> summary(String test, String log, int exit) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("test", test);
        long runs = 0;
        long secondsRun = 0;
        for (Matcher m = DONE.matcher(log); m.find(); ) {
            runs += Long.parseLong(m.group(1));
            secondsRun += Long.parseLong(m.group(2));
        }
        List<String> crashFiles = new ArrayList<>();
        for (Matcher m = CRASH_FILE.matcher(log); m.find(); ) {
            crashFiles.add(m.group(1));
        }
        List<String> findings = new ArrayList<>();
        for (Matcher m = FINDING.matcher(log); m.find(); ) {
            if (!findings.contains(m.group(1))) {
                findings.add(m.group(1));
            }
        }
        result.put("executions", runs);
        result.put("seconds", secondsRun);
        result.put("crash_inputs", crashFiles);
        result.put("findings", findings);
        result.put("maven_exit", exit);
        return result;
    }

    /** Class#method of every @FuzzTest under the test sources. */
    static List<String> fuzzTests(Path testSources) throws IOException {
        List<String> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(testSources)) {
            for (Path file : files.filter(f -> f.toString().endsWith("FuzzTest.java")).sorted().toList()) {
                String className = file.getFileName().toString().replace(".java", "");
                Matcher m = FUZZ_METHOD.matcher(Files.readString(file));
                while (m.find()) {
                    tests.add(className + "#" + m.group(1));
                }
            }
        }
        return tests;
    }
}
