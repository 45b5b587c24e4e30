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

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ARTICLE_ID")
    String id;

    @Option(names = "--removed", description = "Also list the blocks removed as boilerplate, with the reason for each.")
    boolean removed;

    @Override
    public Integer call() throws Exception {
        try (Corpus corpus = data.open()) {
            Optional<ArticleView> view = new ArticleQueries(corpus).show(id, removed);
            if (view.isEmpty()) {
                spec.commandLine().getErr().println("storyline: no article with id " + id + " in " + data.folder());
                return ExitCodes.USAGE;
            }
            if (output.table()) {
                print(view.get(), spec.commandLine().getOut());
            } else {
                output.jsonLine(view.get());
            }
            output.flush();
        }
        return ExitCodes.OK;
    }

    private static void print(ArticleView v, java.io.PrintWriter out) {
        out.println(v.displayTitle());
        out.printf("id %s  outlet %s  original %s  byline %s  language %s%n", v.id(), v.outlet(),
                v.originalOutlet(), v.byline(), v.language());
        out.printf("published %s (%s, confidence %s): %s%n", v.published(), v.publishedGranularity(),
                v.publishedConfidence(), v.publishedEvidence());
        out.println("from " + String.join(", ", v.sources()));
        v.failures().forEach(f -> out.println("failed stage " + f.stage() + ": " + f.error()));
        out.println();
        out.println(v.text());
        if (v.removed() != null) {
            out.println();
            out.println("Removed:");
            v.removed().forEach(r -> out.println("  [" + r.reason() + "] " + r.block()));
        }
    }
}
