package io.storyline.cli;

import io.storyline.store.DiskFull;
import io.storyline.store.UnusableStoreException;
import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code storyline} command: one subcommand per thing a user asks of a crawl. */
@Command(name = "storyline", mixinStandardHelpOptions = true, version = "storyline 0.1.0",
        description = "Reads a crawl of news pages and tells what happened, who did what to whom, where, when, "
                + "and according to which sources.",
        subcommands = {
                CrawlCommand.class,
                WatchCommand.class,
                IngestCommand.class,
                ArticlesCommand.class,
                ShowCommand.class,
                SearchCommand.class,
                EntitiesCommand.class,
                EventsCommand.class,
                TimelineCommand.class,
                StoriesCommand.class,
                ServeCommand.class,
                ReindexCommand.class,
                ImportCommand.class,
                CheckCommand.class,
                EvalCommand.class,
                TrainCommand.class,
                BenchCommand.class,
        })
public final class Main implements Runnable {
    /** Given before the subcommand, --data lands here; every command reads it from here. */
    @Mixin
    DataOptions data;

    /** Held so the level set on it is not lost when the logger is collected. */
    private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        // Lucene logs a warning on every start on JDKs newer than it knows; it says nothing a user can act on
        LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by main() and the tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        BenchCommand.registerBenchmarks(cli.getSubcommands().get("bench"));
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("storyline: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // users get the reason, not a stack trace; STORYLINE_DEBUG=1 shows it
            var diskFull = DiskFull.reason(ex);
            String message = diskFull.map(reason -> DiskFull.message(((Main) cli.getCommand()).data.folder(), reason))
                    .orElse(ex.getMessage() == null ? ex.toString() : ex.getMessage());
            commandLine.getErr().println("storyline: " + message);
            if (System.getenv("STORYLINE_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            if (diskFull.isPresent()) {
                return ExitCodes.DISK_FULL;
            }
            return ex instanceof UnusableStoreException ? ExitCodes.UNUSABLE_STORE : ExitCodes.USAGE;
        });
        return cli;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }
}
