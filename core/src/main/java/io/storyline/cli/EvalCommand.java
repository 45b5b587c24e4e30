package io.storyline.cli;

import picocli.CommandLine.Command;

/** {@code storyline eval …}: scores of each model on gold data in standard formats. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction, language models and events on gold data.",
        subcommands = {
                EvalDatesCommand.class,
                EvalEventsCommand.class,
                EvalExtractCommand.class,
                EvalTextCommand.class,
                EvalNerCommand.class,
                EvalParseCommand.class,
                EvalTimeCommand.class,
                EvalStoriesCommand.class,
                EvalAliasesCommand.class,
        })
public final class EvalCommand implements Runnable {
    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.err);
    }
}
