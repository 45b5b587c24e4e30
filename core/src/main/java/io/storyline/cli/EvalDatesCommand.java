package io.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.eval.DateEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline eval dates DIR GOLD}: publication-day accuracy of single pages in htmldate's protocol. */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = {"Publication-date accuracy on web pages, as htmldate's evaluation counts it: right when the "
                + "day found is the gold day, or when gold and answer both have no date; a month or year is wrong.",
                "Pages are read and cleaned as `ingest` reads a file (no address, no crawl time). Entries are split "
                        + "by a hash of the file name into dev (2/3) and dev-holdout (1/3), each scored."})
public final class EvalDatesCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "DIR", description = "folder of the pages")
    Path pages;

    @Parameters(index = "1", paramLabel = "GOLD",
            description = "JSON Lines of {\"file\", \"subset\", \"date\": \"YYYY-MM-DD\" or null}, file relative to DIR")
    Path gold;

    @Option(names = "--misses", paramLabel = "FILE", description = "write each miss with its evidence as JSON Lines")
    Path misses;

    @Option(names = "--misses-split", paramLabel = "SPLIT", defaultValue = DateEvaluator.DEV,
            description = "whose misses --misses writes: dev, dev-holdout or all (default: ${DEFAULT-VALUE}; "
                    + "look only at the split you tune on)")
    String missesSplit;

    @Option(names = "--outcomes", paramLabel = "FILE",
            description = "write every entry of the --misses-split split, right or wrong, with its evidence as JSON Lines "
                    + "(to see which pages a change turns right or wrong)")
    Path allOutcomes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(pages)) {
            spec.commandLine().getErr().println("storyline: DIR is not a folder: " + pages);
            return ExitCodes.USAGE;
        }
        if (!Files.isRegularFile(gold)) {
            spec.commandLine().getErr().println("storyline: GOLD is not a file: " + gold);
            return ExitCodes.USAGE;
        }
        List<DateEvaluator.GoldDate> entries;
        try {
            entries = DateEvaluator.readGold(gold);
        } catch (IOException e) {
            spec.commandLine().getErr().println("storyline: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        DateEvaluator evaluator = new DateEvaluator();
        List<DateEvaluator.Outcome> outcomes = new ArrayList<>();
        for (DateEvaluator.GoldDate entry : entries) {
            DateEvaluator.Outcome o = evaluator.evaluate(pages, entry);
            if (o.error() != null) spec.commandLine().getErr().println("storyline: " + entry.file() + ": " + o.error());
            outcomes.add(o);
        }
        if (misses != null) write(misses, outcomes, false);
        if (allOutcomes != null) write(allOutcomes, outcomes, true);
        spec.commandLine().getOut().println(JSON.writeValueAsString(DateEvaluator.summary(outcomes)));
        spec.commandLine().getOut().flush();
        return outcomes.stream().anyMatch(o -> o.error() != null) ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
    }

    private void write(Path file, List<DateEvaluator.Outcome> outcomes, boolean withRight) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (DateEvaluator.Outcome o : outcomes) {
                if (o.right() && !withRight || !(missesSplit.equals("all") || missesSplit.equals(o.split()))) continue;
                w.write(JSON.writeValueAsString(DateEvaluator.miss(o)));
                w.newLine();
            }
        }
    }
}
