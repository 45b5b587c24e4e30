package io.storyline.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** SCAFFOLD: {@code storyline eval ner}, replaced when the model lands (issue 4). */
@Command(name = "ner", mixinStandardHelpOptions = true, description = "NER scores on a CoNLL-2003-format file.")
public final class EvalNerCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("eval ner is not built yet");
    }
}
