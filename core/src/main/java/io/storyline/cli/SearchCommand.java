package io.storyline.cli;

import io.storyline.clean.IsoPeriod;
import io.storyline.query.ArticleQueries;
import io.storyline.query.SearchResultView;
import io.storyline.store.Corpus;
import io.storyline.store.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline search QUERY}. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search (BM25) over titles and texts, best first, with highlighted snippets.",
                "QUERY uses Lucene syntax: words (all must match), \"exact phrases\", OR, NOT, title:word."})
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;
    @Mixin
    OutputOptions output;
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY")
    List<String> words;

    @Option(names = "--limit", defaultValue = "20", description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after DATE (2023, 2023-01 or 2023-01-30).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before DATE (2023, 2023-01 or 2023-01-30).")
    String to;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only articles of this outlet (or crediting it as original).")
    String outlet;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        SearchRequest request = new SearchRequest(String.join(" ", words), limit, day(from, "--from", true),
                day(to, "--to", false), outlet);
        try (Corpus corpus = data.open()) {
            List<SearchResultView> results = new ArticleQueries(corpus).search(request);
            if (output.table()) {
                output.table(List.of("ID", "SCORE", "PUBLISHED", "OUTLET", "TITLE"), results.stream()
                        .map(r -> List.of(r.id(), String.format("%.2f", r.score()), dash(r.published()),
                                dash(r.outlet()), r.displayTitle())).toList(), 60);
            } else {
                results.forEach(output::jsonLine);
            }
            output.flush();
        }
        return ExitCodes.OK;
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }

    private LocalDate day(String iso, String option, boolean first) {
        if (iso == null) {
            return null;
        }
        if (!IsoPeriod.isValid(iso)) {
            throw new ParameterException(spec.commandLine(), option + " takes an ISO date such as 2023, 2023-01 or 2023-01-30, not '" + iso + "'");
        }
        return first ? IsoPeriod.firstDay(iso) : IsoPeriod.lastDay(iso);
    }
}
