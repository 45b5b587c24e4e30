package io.storyline.cli;

import io.storyline.pipeline.EntityCorrections;
import io.storyline.resolve.entity.Correction;
import io.storyline.resolve.entity.Entity;
import io.storyline.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code storyline entities}: every entity; {@code merge} and {@code split} correct the resolution. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Every entity, most mentioned first, with aliases, titles, articles and why names were merged.",
                "Corrections (merge, split) are kept in the store by name and survive re-ingest."},
        subcommands = {EntitiesCommand.Merge.class, EntitiesCommand.Split.class})
public final class EntitiesCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;
    @Mixin
    OutputOptions output;

    @Option(names = "--type", paramLabel = "T", description = "PERSON, ORGANIZATION, LOCATION or MISC.")
    String type;

    @Option(names = "--limit", defaultValue = "1000000", description = "At most N entities.")
    int limit;

    @Override
    public Integer call() throws Exception {
        try (Corpus corpus = data.open()) {
            List<Entity> entities = corpus.store().entities().list(type == null ? null : type.toUpperCase(Locale.ROOT),
                    null, limit, 0);
            if (output.table()) {
                output.table(List.of("ID", "TYPE", "MENTIONS", "NAME", "ALIASES", "TITLES"), entities.stream()
                        .map(e -> List.of(e.id(), e.type(), String.valueOf(e.mentions()), e.name(),
                                String.join("; ", e.aliases()), String.join("; ", e.titles()))).toList(), 50);
            } else {
                entities.forEach(output::jsonLine);
            }
            output.flush();
        }
        return ExitCodes.OK;
    }

    static int correct(DataOptions data, Correction correction) throws Exception {
        try (Corpus corpus = data.open()) {
            EntityCorrections.apply(corpus, correction);
        }
        return ExitCodes.OK;
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Say that A and B (ids or names) are one entity.")
    static final class Merge implements Callable<Integer> {
        @ParentCommand
        EntitiesCommand parent;
        @Parameters(index = "0", paramLabel = "A")
        String left;
        @Parameters(index = "1", paramLabel = "B")
        String right;

        @Override
        public Integer call() throws Exception {
            return correct(parent.data, new Correction(Correction.Kind.MERGE, left, right));
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Say that the name NAME is not the entity ENTITY (an id or a name): NAME becomes its own entity.")
    static final class Split implements Callable<Integer> {
        @ParentCommand
        EntitiesCommand parent;
        @Parameters(index = "0", paramLabel = "ENTITY")
        String entity;
        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            return correct(parent.data, new Correction(Correction.Kind.SPLIT, entity, name));
        }
    }
}
