package io.storyline.cli;

import io.storyline.query.ArticleQueries;
import io.storyline.query.ArticleView;
import io.storyline.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline articles}. */
@Command(name = "articles", mixinStandardHelpOptions = true, description = "Every article, in order of arrival.")
public final class ArticlesCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;
    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        try (Corpus corpus = data.open()) {
            List<List<String>> rows = new ArrayList<>();
            new ArticleQueries(corpus).forEach(view -> {
                if (output.table()) {
                    rows.add(row(view));
                } else {
                    output.jsonLine(view);
                }
            });
            if (output.table()) {
                output.table(List.of("ID", "PUBLISHED", "OUTLET", "BYLINE", "TITLE"), rows, 60);
            }
            output.flush();
        }
        return ExitCodes.OK;
    }

    private static List<String> row(ArticleView v) {
        return List.of(v.id(), v.published() == null ? "-" : v.published(),
                v.outlet() == null ? "-" : v.outlet(), v.byline() == null ? "-" : v.byline(),
                v.displayTitle());
    }
}
