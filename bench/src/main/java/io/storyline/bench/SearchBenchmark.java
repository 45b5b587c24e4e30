package io.storyline.bench;

import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.cli.Benchmark;
import io.storyline.ingest.CrawlReader;
import io.storyline.pipeline.IngestPipeline;
import io.storyline.query.ArticleQueries;
import io.storyline.store.Corpus;
import io.storyline.store.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench search}: latency percentiles of searches (word pairs, phrases, filtered by date) over the
 * ingested TE3-Silver articles, through the same query path the CLI uses (index search, then store lookups).
 * Queries are drawn from the articles' own words with a fixed seed, so every run asks the same questions.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search latency percentiles over the TE3-Silver articles.")
public final class SearchBenchmark implements Benchmark, Callable<Integer> {
    @Option(names = "--source", description = "Folder of TimeML files (default: ../shared/data/tempeval3/TE3-Silver-data).")
    Path source = TeSilverPages.defaultSource();

    @Option(names = "--queries", defaultValue = "2000", description = "Queries measured (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--out", defaultValue = "bench-results", description = "Folder for the JSON figures (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("storyline-bench-search");
        TeSilverPages.write(source, work.resolve("crawl"));
        BenchReport report = new BenchReport("search").put("corpus", source.toString());
        try (Corpus corpus = Corpus.open(work.resolve("data"))) {
            new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 256).run(List.of(work.resolve("crawl")), null);
            report.put("articles", corpus.store().pageCount());
            List<SearchRequest> asked = questions(corpus);
            ArticleQueries queriesApi = new ArticleQueries(corpus);
            for (int i = 0; i < Math.min(500, asked.size()); i++) {
                queriesApi.search(asked.get(i)); // warm-up: JIT and OS cache
            }
            long[] nanos = new long[queries];
            long hits = 0;
            for (int i = 0; i < queries; i++) {
                long start = System.nanoTime();
                hits += queriesApi.search(asked.get(i % asked.size())).size();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            Map<String, Object> latency = new LinkedHashMap<>();
            latency.put("p50_ms", ms(nanos[nanos.length / 2]));
            latency.put("p90_ms", ms(nanos[(int) (nanos.length * 0.9)]));
            latency.put("p99_ms", ms(nanos[(int) (nanos.length * 0.99)]));
            latency.put("max_ms", ms(nanos[nanos.length - 1]));
            report.put("queries", queries).put("mean_hits", IngestBenchmark.round((double) hits / queries))
                    .put("latency", latency);
        }
        report.finish(System.out, out);
        return 0;
    }

    /** Two-word queries, phrases and date-filtered queries made of the corpus' own words. */
    private static List<SearchRequest> questions(Corpus corpus) throws Exception {
        Random random = new Random(42);
        List<String[]> texts = new ArrayList<>();
        long after = 0;
        List<io.storyline.store.StoredArticle> page;
        while (!(page = corpus.store().articlesAfter(after, 500)).isEmpty()) {
            for (var stored : page) {
                texts.add(stored.article().text().split("[^\\p{L}]+"));
            }
            after = page.get(page.size() - 1).seq();
        }
        List<SearchRequest> requests = new ArrayList<>();
        while (requests.size() < 3000) {
            String[] words = texts.get(random.nextInt(texts.size()));
            if (words.length < 20) {
                continue;
            }
            int at = random.nextInt(words.length - 2);
            String a = words[at];
            String b = words[at + 1];
            if (a.length() < 4 || b.length() < 4) {
                continue;
            }
            switch (requests.size() % 3) {
                case 0 -> requests.add(new SearchRequest(a + " " + b, 20, null, null, null));
                case 1 -> requests.add(new SearchRequest("\"" + a + " " + b + "\"", 20, null, null, null));
                default -> requests.add(new SearchRequest(a, 20, LocalDate.of(1997, 1, 1), LocalDate.of(1998, 12, 31), null));
            }
        }
        return requests;
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
