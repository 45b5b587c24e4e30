package io.storyline.bench;

import io.storyline.cli.Benchmark;
import io.storyline.ingest.CrawlReader;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.nlp.annotate.LanguagePipeline;
import io.storyline.pipeline.IngestPipeline;
import io.storyline.pipeline.IngestReport;
import io.storyline.store.Corpus;
import io.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * {@code storyline bench grow}: a corpus grown to each size in turn from {@link GrowingCorpus} pages, and at each
 * size one batch of each batch size ingested into a copy of it, timed with its peak heap and the seconds of each
 * corpus stage. Each batch runs twice on fresh copies: as the store has it (the event stage reuses each article's
 * kept coding, the copy stage each article's kept detector state) and as reference with both deleted, so every
 * article is coded and hashed again as before issue 14.
 */
@Command(name = "grow", mixinStandardHelpOptions = true,
        description = "Time and peak heap of a batch ingested into generated corpora of growing size.")
public final class GrowBenchmark implements Benchmark, Callable<Integer> {
    /** Page numbers of the batches start here, past any corpus size, so a batch is new to every corpus. */
    private static final int BATCH_PAGES_FROM = 100_000_000;

    @Option(names = "--source", description = "Folder of TimeML files (default: ../shared/data/tempeval3/TE3-Silver-data).")
    Path source = TeSilverPages.defaultSource();

    @Option(names = "--sizes", split = ",", description = "Corpus sizes, growing (default: ${DEFAULT-VALUE}).",
            defaultValue = "2000,10000")
    List<Integer> sizes;

    @Option(names = "--batches", split = ",", description = "Batch sizes (default: ${DEFAULT-VALUE}).",
            defaultValue = "20,1000")
    List<Integer> batches;

    @Option(names = "--no-reference", description = "Skip the reference runs (every article coded and hashed again).")
    boolean noReference;

    @Option(names = "--out", description = "Folder for the JSON figures (default: ${DEFAULT-VALUE}).", defaultValue = "bench-results")
    Path out;

    @Override
    public Integer call() throws Exception {
        GrowingCorpus pages = new GrowingCorpus(DedupCorpus.readTeSilver(source));
        Path work = Files.createTempDirectory("storyline-bench-grow");
        LanguagePipeline language = new LanguagePipeline();
        BenchReport report = new BenchReport("grow").put("source", source.toString());
        List<Map<String, Object>> rows = new ArrayList<>();
        Path base = work.resolve("base");
        int built = 0;
        try {
            for (int size : sizes) {
                Path crawl = work.resolve("crawl-" + size);
                pages.write(built, size, crawl);
                Map<String, Object> growth = ingest(base, crawl, language);
                System.err.printf("grew the corpus to %,d pages in %s s%n", size, growth.get("seconds"));
                built = size;
                for (int batch : batches) {
                    Path batchCrawl = work.resolve("batch-" + batch);
                    if (!Files.isDirectory(batchCrawl)) {
                        pages.write(BATCH_PAGES_FROM, BATCH_PAGES_FROM + batch, batchCrawl);
                    }
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("corpus", size);
                    row.put("batch", batch);
                    row.put("incremental", batchInto(base, batchCrawl, work.resolve("copy"), false, language));
                    if (!noReference) {
                        row.put("reference_recode_all", batchInto(base, batchCrawl, work.resolve("copy"), true, language));
                    }
                    System.err.println(row);
                    rows.add(row);
                }
            }
        } finally {
            delete(work);
        }
        report.put("runs", rows);
        report.finish(System.out, out);
        return 0;
    }

    /** Ingests the batch into a copy of the corpus; the reference first deletes the kept event codings and copy states. */
    private static Map<String, Object> batchInto(Path base, Path batch, Path copy, boolean recodeAll,
                                                 LanguagePipeline language) throws Exception {
        delete(copy);
        copyFolder(base, copy);
        if (recodeAll) {
            try (var db = DriverManager.getConnection("jdbc:sqlite:" + copy.resolve(Store.FILE_NAME))) {
                for (String kept : List.of("event_codings", "copy_states", "copy_word_counts")) {
                    db.createStatement().execute("DELETE FROM " + kept);
                }
            }
        }
        Map<String, Object> figures = ingest(copy, batch, language);
        delete(copy);
        return figures;
    }

    private static Map<String, Object> ingest(Path data, Path crawl, LanguagePipeline language) throws Exception {
        Map<String, Double> stageSeconds = new ConcurrentHashMap<>();
        Map<String, Long> stageItems = new ConcurrentHashMap<>();
        IngestPipeline.Progress stages = new IngestPipeline.Progress() {
            @Override
            public void stageFinished(String stage, long items, Duration took) {
                stageSeconds.put(stage, IngestBenchmark.round(took.toNanos() / 1e9));
                stageItems.put(stage, items); // what the stage worked through: the copy stage counts the articles it hashed
            }
        };
        HeapPeak.reset();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        IngestReport result;
        try (Corpus corpus = Corpus.open(data)) {
            result = new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), language, 256)
                    .run(List.of(crawl), stages);
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("pages_added", result.pagesAdded());
        figures.put("seconds", IngestBenchmark.round((System.nanoTime() - start) / 1e9));
        figures.put("cpu_seconds", IngestBenchmark.round((processCpuNanos() - cpu) / 1e9));
        figures.put("peak_heap_mb", HeapPeak.megabytes());
        figures.put("stage_seconds", new LinkedHashMap<>(stageSeconds));
        figures.put("stage_items", new LinkedHashMap<>(stageItems));
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME));
             var rs = db.createStatement().executeQuery("SELECT count(*), coalesce(sum(coded_seq ="
                     + " (SELECT max(seq) FROM pages)), 0) FROM event_codings")) {
            // articles whose events were coded in this run, of all articles with events kept
            figures.put("event_articles", rs.getLong(1));
            figures.put("event_articles_coded", rs.getLong(2));
        }
        return figures;
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean unix ? unix.getProcessCpuTime() : 0;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
