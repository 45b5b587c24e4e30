package io.storyline.cli;

import io.storyline.query.ArticleQueries;
import io.storyline.query.ArticleView;
import io.storyline.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code storyline show ARTICLE_ID}. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "One article with its metadata and evidence, entities, times and quotes.")
public final class ShowCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;
    @Mixin
    OutputOptions output;

    @Parameters(paramLabel = "ARTICLE_ID")
    String id;

    @Option(names = "--removed", description = "Also list the blocks removed as boilerplate, with the reason for each.")
    boolean removed;

    @Override
    public Integer call() throws Exception {
        try (Corpus corpus = data.open()) {
            Optional<ArticleView> view = new ArticleQueries(corpus).show(id, removed);
            if (view.isEmpty()) {
                System.err.println("storyline: no article with id " + id + " in " + data.folder());
                return ExitCodes.USAGE;
            }
            if (output.table()) {
                print(view.get());
            } else {
                OutputOptions.jsonLine(view.get());
            }
            OutputOptions.flush();
        }
        return ExitCodes.OK;
    }

    private static void print(ArticleView v) {
        System.out.println(v.title() == null ? "(no title)" : v.title());
        System.out.printf("id %s  outlet %s  original %s  byline %s  language %s%n", v.id(), v.outlet(),
                v.originalOutlet(), v.byline(), v.language());
        System.out.printf("published %s (%s, confidence %s): %s%n", v.published(), v.publishedGranularity(),
                v.publishedConfidence(), v.publishedEvidence());
        System.out.println("from " + String.join(", ", v.sources()));
        System.out.println();
        System.out.println(v.text());
        if (v.removed() != null) {
            System.out.println();
            System.out.println("Removed:");
            v.removed().forEach(r -> System.out.println("  [" + r.reason() + "] " + r.block()));
        }
    }
}
