package io.storyline.spark;

import io.storyline.bench.BenchReport;
import io.storyline.cli.Benchmark;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.ingest.CrawlReader;
import io.storyline.pipeline.IngestPipeline;
import io.storyline.store.Corpus;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code storyline bench spark}: the Spark job in local mode on one and on two cores over the TE3-Silver articles
 * with planted copies: documents per second, the scaling ratio, and from Spark's task metrics the bytes each
 * document costs in shuffles and in results sent to the driver (what bounds throughput once executors are many).
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Spark job throughput in local[1] and local[2] over TE3-Silver with planted copies, with shuffle bytes per document.")
public final class SparkBenchmark implements Benchmark, Callable<Integer> {
    @Option(names = "--source", description = "Folder of TimeML files (default: ../shared/data/tempeval3/TE3-Silver-data).")
    Path source = Path.of("..", "shared", "data", "tempeval3", "TE3-Silver-data");

    @Option(names = "--limit", description = "Articles to read (default: all ${DEFAULT-VALUE}).", defaultValue = "2452")
    int limit;

    @Option(names = "--out", description = "Folder for the JSON figures (default: ${DEFAULT-VALUE}).", defaultValue = "bench-results")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("storyline-bench-spark");
        Path crawl = work.resolve("crawl");
        int pages = PlantedCrawl.write(source, limit, 10, crawl);
        BenchReport report = new BenchReport("spark").put("corpus", source.toString()).put("pages", pages)
                .put("spark", org.apache.spark.package$.MODULE$.SPARK_VERSION());
        Map<String, Object> embedded = embedded(crawl, work.resolve("embedded"), pages);
        Map<String, Object> one = run("local[1]", crawl, work.resolve("out1"));
        Map<String, Object> two = run("local[2]", crawl, work.resolve("out2"));
        report.put("embedded", embedded).put("local[1]", one).put("local[2]", two);
        report.put("local2_over_embedded", (double) two.get("documents_per_s") / (double) embedded.get("documents_per_s"));
        report.put("scaling_2_over_1", (double) two.get("documents_per_s") / (double) one.get("documents_per_s"));
        report.finish(System.out, out);
        return 0;
    }

    /** The reference: the embedded ingest of the same crawl into a fresh store, in this JVM. */
    private static Map<String, Object> embedded(Path crawl, Path data, int pages) throws Exception {
        long start = System.nanoTime();
        try (Corpus corpus = Corpus.open(data)) {
            new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), StorylineJob.Options.DEFAULT.batchSize())
                    .run(List.of(crawl), null);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seconds", seconds);
        m.put("documents_per_s", pages / seconds);
        return m;
    }

    private static Map<String, Object> run(String master, Path crawl, Path output) throws Exception {
        SparkSession spark = SparkSession.builder().master(master).appName("storyline-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8").getOrCreate();
        AtomicLong shuffleWritten = new AtomicLong();
        AtomicLong resultBytes = new AtomicLong();
        AtomicLong tasks = new AtomicLong();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskMetrics() != null) {
                    shuffleWritten.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
                    resultBytes.addAndGet(end.taskMetrics().resultSize());
                    tasks.incrementAndGet();
                }
            }
        });
        try {
            long start = System.nanoTime();
            StorylineJob.Summary summary = StorylineJob.run(spark, List.of(crawl.toString()), output.toString(),
                    StorylineJob.Options.DEFAULT);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seconds", seconds);
            m.put("pages_read", summary.pagesRead());
            m.put("articles", summary.articles());
            m.put("copies", summary.copies());
            m.put("documents_per_s", summary.pagesRead() / seconds);
            m.put("tasks", tasks.get());
            m.put("shuffle_bytes_written", shuffleWritten.get());
            m.put("shuffle_bytes_per_document", (double) shuffleWritten.get() / summary.pagesRead());
            m.put("result_bytes_to_driver", resultBytes.get());
            m.put("result_bytes_per_document", (double) resultBytes.get() / summary.pagesRead());
            return m;
        } finally {
            spark.stop();
        }
    }
}
