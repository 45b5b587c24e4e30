package io.storyline.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** SCAFFOLD: {@code storyline eval time}, replaced when the model lands (issue 4). */
@Command(name = "time", mixinStandardHelpOptions = true, description = "Time-expression scores on TimeML .tml files.")
public final class EvalTimeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("eval time is not built yet");
    }
}
