package io.storyline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one test of the core module through Maven, for the benchmarks that are longer runs of a test (fuzzing,
 * random kills): the test class path, resources and seeds are then exactly the build's, and core ships no test code.
 */
final class MavenTests {
    private MavenTests() {
    }

    static void compile(Path root) throws IOException, InterruptedException {
        Path log = root.resolve("core/target/bench-test-compile.log");
        if (maven(root, List.of("-q", "-pl", "core", "test-compile"), Map.of(), log) != 0) {
            throw new IllegalStateException("the core tests do not compile; see " + log);
        }
    }

    /** Runs {@code test} (Class or Class#method) with extra -D properties and environment; returns Maven's exit code. */
    static int run(Path root, String test, List<String> properties, Map<String, String> env, Path log)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("-pl", "core", "surefire:test", "-Dtest=" + test,
                "-Dsurefire.failIfNoSpecifiedTests=false"));
        args.addAll(properties);
        return maven(root, args, env, log);
    }

    private static int maven(Path root, List<String> args, Map<String, String> env, Path log)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of("mvn", "-B"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return builder.start().waitFor();
    }

    /** The checkout: the folder at or above the working directory that holds core/src/test/java. */
    static Path projectRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("core/src/test/java"))) {
                return p;
            }
        }
        throw new IllegalStateException("run from inside a Storyline checkout (no core/src/test/java above "
                + Path.of("").toAbsolutePath() + ")");
    }
}
