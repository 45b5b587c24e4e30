package io.storyline.bench;

import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.cli.Benchmark;
import io.storyline.ingest.CrawlReader;
import io.storyline.pipeline.IngestPipeline;
import io.storyline.pipeline.IngestReport;
import io.storyline.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench ingest}: the whole ingest (read, decode, clean, store, index) over TE3-Silver, cold (first
 * run in a fresh JVM, empty store), warm (same JVM, another empty store) and again over an already-ingested folder.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest throughput (pages/s, MB/s) and peak heap over TE3-Silver, cold and warm.")
public final class IngestBenchmark implements Benchmark, Callable<Integer> {
    @Option(names = "--source", description = "Folder of TimeML files (default: ../shared/data/tempeval3/TE3-Silver-data).")
    Path source = TeSilverPages.defaultSource();

    @Option(names = "--out", description = "Folder for the JSON figures (default: ${DEFAULT-VALUE}).", defaultValue = "bench-results")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("storyline-bench-ingest");
        Path crawl = work.resolve("crawl");
        long bytes = TeSilverPages.write(source, crawl);
        BenchReport report = new BenchReport("ingest").put("corpus", source.toString()).put("bytes", bytes);
        report.put("cold", run(crawl, work.resolve("data-cold"), bytes));
        report.put("warm", run(crawl, work.resolve("data-warm"), bytes));
        report.put("reingest_same_folder", run(crawl, work.resolve("data-warm"), bytes));
        report.finish(System.out, out);
        return 0;
    }

    private static Map<String, Object> run(Path crawl, Path data, long bytes) throws Exception {
        HeapPeak.reset();
        long start = System.nanoTime();
        IngestReport result;
        Map<String, Double> stageSeconds = new java.util.concurrent.ConcurrentHashMap<>();
        IngestPipeline.Progress stages = new IngestPipeline.Progress() {
            @Override
            public void stageFinished(String stage, long items, java.time.Duration took) {
                stageSeconds.put(stage, took.toNanos() / 1e9);
            }
        };
        try (Corpus corpus = Corpus.open(data)) {
            result = new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 256).run(List.of(crawl), stages);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("files", result.files());
        figures.put("pages_added", result.pagesAdded());
        figures.put("failures", result.failures().size());
        figures.put("seconds", round(seconds));
        figures.put("pages_per_s", round(result.files() / seconds));
        figures.put("mb_per_s", round(bytes / 1e6 / seconds));
        figures.put("peak_heap_mb", HeapPeak.megabytes());
        // the event stage (parsing included) as a share of the whole ingest: issue 11 allows at most 40%
        double events = stageSeconds.getOrDefault("events", 0.0);
        figures.put("events_seconds", round(events));
        figures.put("events_share", round(events / seconds));
        return figures;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
