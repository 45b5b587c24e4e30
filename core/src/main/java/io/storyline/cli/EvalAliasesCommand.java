package io.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.pipeline.GoldCorpus;
import io.storyline.resolve.entity.AliasEvaluator;
import io.storyline.resolve.entity.AliasGold;
import io.storyline.resolve.entity.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code storyline eval aliases GOLD}: entity resolution scored against hand-judged name pairs. */
@Command(name = "aliases", mixinStandardHelpOptions = true,
        description = "Ingests the gold's documents into a temporary store and scores entity resolution: pairs of "
                + "one entity's names merged, and false merges among look-alike names of different things. "
                + "GOLD is JSON Lines of {\"a\",\"b\",\"same\",\"docs\",\"split\"}.")
public final class EvalAliasesCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD", description = "alias gold, JSON Lines")
    Path gold;

    @Mixin
    GoldOptions options;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(gold)) {
            System.err.println("storyline: no such file: " + gold);
            return ExitCodes.USAGE;
        }
        List<AliasGold> all = AliasGold.read(gold);
        ObjectMapper json = new ObjectMapper();
        for (String split : options.splits()) {
            List<AliasGold> part = all.stream().filter(g -> g.split().equals(split)).toList();
            List<Entity> entities;
            try (GoldCorpus corpus = GoldCorpus.ingest(options.root,
                    part.stream().flatMap(g -> g.docs().stream()).toList())) {
                entities = corpus.corpus().store().entities().list(null, null, Integer.MAX_VALUE, 0);
            }
            AliasEvaluator.Scores s = new AliasEvaluator().score(part, entities);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("gold", gold.toString());
            out.put("split", split);
            out.put("same_pairs", s.samePairs());
            out.put("merged", s.merged());
            out.put("merged_rate", s.mergedRate());
            out.put("distinct_pairs", s.distinctPairs());
            out.put("false_merges", s.falseMerges());
            out.put("names_not_found", s.namesNotFound());
            if (options.errors) {
                out.put("not_merged", s.notMerged());
                out.put("falsely_merged", s.falselyMerged());
            }
            spec.commandLine().getOut().println(json.writeValueAsString(out));
        }
        return ExitCodes.OK;
    }
}
