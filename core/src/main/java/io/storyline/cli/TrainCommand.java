package io.storyline.cli;

import picocli.CommandLine.Command;

/** {@code storyline train …}: trains the project's own models from gold data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the project's models (the trained files are committed under core/src/main/resources/models).",
        subcommands = {
                TrainNerCommand.class,
                TrainNerClustersCommand.class,
                TrainParseCommand.class,
        })
public final class TrainCommand implements Runnable {
    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.err);
    }
}
