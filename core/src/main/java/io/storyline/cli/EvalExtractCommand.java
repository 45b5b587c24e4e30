package io.storyline.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code storyline eval extract PAGES GOLD}. Placeholder until the extractor lands (issue 3). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Main-text scores: PAGES a folder of pages, GOLD a JSON Lines file of {\"id\",\"text\"}.")
public final class EvalExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("eval extract is not built yet");
    }
}
