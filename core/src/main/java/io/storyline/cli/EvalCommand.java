package io.storyline.cli;

import picocli.CommandLine.Command;

/** {@code storyline eval …}: scores of each model on gold data in standard formats. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction and language models on gold data.",
        subcommands = {
                EvalExtractCommand.class,
                EvalNerCommand.class,
                EvalParseCommand.class,
                EvalTimeCommand.class,
        })
public final class EvalCommand implements Runnable {
    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.err);
    }
}
