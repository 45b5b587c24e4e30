package io.storyline.cli;

import io.storyline.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code storyline reindex}: the search index is derived, so it can always be rebuilt from the store. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the store (the store is the source of truth).")
public final class ReindexCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Corpus corpus = data.openForWriting("reindex", spec.commandLine().getErr())) {
            corpus.rebuildIndex();
            System.err.printf("storyline: index rebuilt, %d articles%n", corpus.index().documentCount());
        }
        return ExitCodes.OK;
    }
}
