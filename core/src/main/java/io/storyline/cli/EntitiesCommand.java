package io.storyline.cli;

import io.storyline.correct.EntityCorrections;
import io.storyline.nlp.EntityType;
import io.storyline.resolve.entity.Entity;
import io.storyline.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code storyline entities}: every entity; {@code merge}, {@code split}, {@code corrections}, {@code undo}. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Every entity, most mentioned first, with aliases, titles, articles and why names were merged.",
                "Corrections (merge, split) are kept in the store by name and survive re-ingest; `corrections` lists "
                        + "them with their ids and `undo ID` takes one back.",
                "Entities are named by id, name, alias or a word of a name (a surname), in any letter case."},
        subcommands = {EntitiesCommand.Merge.class, EntitiesCommand.Split.class, EntitiesCommand.Corrections.class,
                EntitiesCommand.Undo.class})
public final class EntitiesCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;
    @Mixin
    OutputOptions output;
    @Spec
    CommandSpec spec;

    @Option(names = "--type", paramLabel = "T", description = "PERSON, ORGANIZATION, LOCATION or MISC.")
    String type;

    @Option(names = "--limit", defaultValue = "1000000", description = "At most N entities.")
    int limit;

    @Override
    public Integer call() throws Exception {
        Optional<EntityType> wanted = type == null ? Optional.empty() : EntityType.ofLabel(type);
        if (type != null && wanted.isEmpty()) {
            spec.commandLine().getErr()
                    .println("storyline: --type must be PERSON, ORGANIZATION, LOCATION or MISC, not " + type);
            return ExitCodes.USAGE;
        }
        try (Corpus corpus = data.open()) {
            List<Entity> entities = corpus.store().entities().list(wanted.map(EntityType::label).orElse(null),
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

    /** A correction's subcommand: runs it, says what it did (or why not) on stderr, the result as JSON on stdout. */
    abstract static class Correcting implements Callable<Integer> {
        @Mixin
        DataOptions data;
        @Mixin
        OutputOptions output;
        @Spec
        CommandSpec spec;

        abstract EntityCorrections.Outcome correct(Corpus corpus) throws Exception;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            try (Corpus corpus = data.openForWriting("entities " + spec.name(), err)) {
                EntityCorrections.Outcome outcome = correct(corpus);
                err.println("storyline: " + outcome.message());
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("changed", outcome.changed());
                line.put("correction", outcome.correction() == null ? null : outcome.correction().id());
                line.put("message", outcome.message());
                line.put("entities", outcome.entities());
                output.jsonLine(line);
                output.flush();
                return ExitCodes.OK;
            } catch (EntityCorrections.Refused refused) {
                err.println("storyline: " + refused.getMessage());
                return ExitCodes.USAGE;
            } finally {
                err.flush();
            }
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Say that A and B (ids, names, aliases or surnames, any case) are one entity.",
                    "Exit 1, storing nothing, when a name matches no entity or several (they are listed)."})
    static final class Merge extends Correcting {
        @Parameters(index = "0", paramLabel = "A")
        String left;
        @Parameters(index = "1", paramLabel = "B")
        String right;

        @Override
        EntityCorrections.Outcome correct(Corpus corpus) throws Exception {
            return EntityCorrections.merge(corpus, left, right);
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = {"Say that the name NAME is not the entity ENTITY (an id or a name): NAME becomes its own entity.",
                    "NAME must be one of the entity's names (see `storyline entities`)."})
    static final class Split extends Correcting {
        @Parameters(index = "0", paramLabel = "ENTITY")
        String entity;
        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        @Override
        EntityCorrections.Outcome correct(Corpus corpus) throws Exception {
            return EntityCorrections.split(corpus, entity, name);
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = "Take back correction ID (see `storyline entities corrections`): entities are resolved as if it had never been made.")
    static final class Undo extends Correcting {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Override
        EntityCorrections.Outcome correct(Corpus corpus) throws Exception {
            return EntityCorrections.undo(corpus, id);
        }
    }

    @Command(name = "corrections", mixinStandardHelpOptions = true,
            description = {"Every merge and split made, oldest first (the order they apply in), with its id for "
                    + "`entities undo ID` and whether the entities show it now."})
    static final class Corrections implements Callable<Integer> {
        @Mixin
        DataOptions data;
        @Mixin
        OutputOptions output;

        @Override
        public Integer call() throws Exception {
            try (Corpus corpus = data.open()) {
                List<EntityCorrections.Listed> corrections = EntityCorrections.list(corpus);
                if (output.table()) {
                    output.table(List.of("ID", "KIND", "ENTITY", "NAME", "MADE", "IN EFFECT"), corrections.stream()
                            .map(c -> List.of(String.valueOf(c.id()), c.kind(), c.left(), c.right(), c.madeAt(),
                                    c.inEffect() ? "yes" : "no")).toList(), 50);
                } else {
                    corrections.forEach(output::jsonLine);
                }
                output.flush();
            }
            return ExitCodes.OK;
        }
    }
}
