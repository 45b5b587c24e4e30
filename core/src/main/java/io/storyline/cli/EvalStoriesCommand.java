package io.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.pipeline.GoldCorpus;
import io.storyline.resolve.story.StoryEvaluator;
import io.storyline.resolve.story.StoryGold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code storyline eval stories GOLD}: story grouping scored against hand-judged stories. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Ingests the gold's articles into a temporary store and scores story grouping: B-cubed "
                + "precision/recall/F1 and pair recall. GOLD is JSON Lines of {\"doc\",\"story\",\"split\"}.")
public final class EvalStoriesCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD", description = "story gold, JSON Lines")
    Path gold;

    @Mixin
    GoldOptions options;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(gold)) {
            System.err.println("storyline: no such file: " + gold);
            return ExitCodes.USAGE;
        }
        List<StoryGold> all = StoryGold.read(gold);
        ObjectMapper json = new ObjectMapper();
        for (String split : options.splits()) {
            List<StoryGold> part = all.stream().filter(g -> g.split().equals(split)).toList();
            Map<String, String> storyOf = new HashMap<>();
            Map<String, String> articleOf = new HashMap<>();
            try (GoldCorpus corpus = GoldCorpus.ingest(options.root, part.stream().map(StoryGold::doc).toList())) {
                for (StoryGold g : part) {
                    String article = corpus.articleOf(g.doc());
                    if (article != null) {
                        articleOf.put(g.doc(), article);
                        String story = corpus.corpus().store().stories().of(article);
                        if (story != null) {
                            storyOf.put(g.doc(), story);
                        }
                    }
                }
            }
            StoryEvaluator.Scores s = new StoryEvaluator().score(part, storyOf);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("gold", gold.toString());
            out.put("split", split);
            out.put("scores", s);
            if (options.errors) {
                out.put("system_stories", errors(part, storyOf));
            }
            spec.commandLine().getOut().println(json.writeValueAsString(out));
        }
        return ExitCodes.OK;
    }

    /** The gold stories of each system story that has articles from more than one, or of gold stories split apart. */
    private static Map<String, List<String>> errors(List<StoryGold> part, Map<String, String> storyOf) {
        Map<String, List<String>> bySystem = new LinkedHashMap<>();
        for (StoryGold g : part) {
            bySystem.computeIfAbsent(storyOf.getOrDefault(g.doc(), "missing"), k -> new java.util.ArrayList<>())
                    .add(g.story() + " " + g.doc().replaceAll(".*/", ""));
        }
        return bySystem;
    }
}
