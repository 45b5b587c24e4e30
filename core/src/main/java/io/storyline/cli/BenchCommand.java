package io.storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.ServiceLoader;

/** {@code storyline bench WHAT}: the benchmarks of the bench module, each a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks; print figures and write them as JSON (the launcher runs them from the bench module).")
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** Adds every benchmark on the class path as a subcommand of {@code bench}. */
    static void registerBenchmarks(CommandLine bench) {
        for (Benchmark benchmark : ServiceLoader.load(Benchmark.class)) {
            bench.addSubcommand(benchmark);
        }
    }

    @Override
    public void run() {
        if (spec.subcommands().isEmpty()) {
            spec.commandLine().getErr().println("storyline: no benchmarks on the class path; run them with ./storyline bench");
        }
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
