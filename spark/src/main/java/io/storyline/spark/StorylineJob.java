package io.storyline.spark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.events.Event;
import io.storyline.ingest.CrawlReader;
import io.storyline.ingest.Page;
import io.storyline.ingest.ReadOutcome;
import io.storyline.nlp.annotate.LanguagePipeline;
import io.storyline.pipeline.PageBudget;
import io.storyline.pipeline.PageProcessor;
import io.storyline.resolve.entity.Entity;
import io.storyline.resolve.entity.Resolution;
import io.storyline.resolve.story.Story;
import io.storyline.store.ArticleRow;
import io.storyline.store.CopyRecord;
import io.storyline.store.LineCounts;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Storyline's pipeline on Apache Spark: reads a crawl (WARC, JSON Lines, pages, folders; Parquet of {url, html|text,
 * fetched_at} rows) from local disk or any Hadoop FileSystem URI, and writes the tables articles, mentions, entities,
 * events and stories as Parquet partitioned by publication month.
 *
 * <p>Distributed: reading (one task per file), de-duplication of identical pages, the text-line statistics the
 * cleaner weighs, cleaning and annotation ({@code mapPartitions}, with the models loaded once per executor), copy
 * detection (MinHash LSH band keys shuffled into candidate components, core's detector per component), and the
 * output tables. On the driver: the corpus stages whose decisions weigh the whole corpus ({@link DriverStages}),
 * over the articles' annotations rather than their pages. Every stage is core's code with the inputs and the order
 * an embedded ingest gives it, so a run on a cluster gives what {@code ./storyline ingest} gives.
 */
public final class StorylineJob {
    static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** @param batchSize pages per batch, as {@code ingest --batch}: a page's cleaner sees the line counts of earlier batches */
    public record Options(int batchSize, int partitions) {
        public static final Options DEFAULT = new Options(256, 0);
    }

    /** What a run did: counts of what it wrote, and the inputs or pages that failed. */
    public record Summary(int files, long pagesRead, long articles, long copies, long entities, long stories, long events,
                          List<String> failures) {
    }

    public static void main(String[] args) throws Exception {
        JobArguments parsed = JobArguments.parse(args);
        if (parsed == null) {
            System.exit(1);
        }
        SparkSession.Builder builder = SparkSession.builder().appName("storyline");
        if (parsed.master() != null) {
            builder.master(parsed.master());
        }
        SparkSession spark = builder.getOrCreate();
        try {
            Summary summary = run(spark, parsed.inputs(), parsed.output(), parsed.options());
            summary.failures().forEach(System.err::println);
            System.out.println(JSON.writeValueAsString(summary));
            if (!summary.failures().isEmpty()) {
                System.exit(2);
            }
        } finally {
            spark.stop();
        }
    }

    public static Summary run(SparkSession spark, List<String> inputs, String output, Options options) throws IOException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> failures = new ArrayList<>();
        List<String> files = CrawlFiles.list(inputs, sc.hadoopConfiguration(),
                missing -> failures.add(describe((ReadOutcome.Failed) missing)));
        CollectionAccumulator<String> pageFailures = sc.sc().collectionAccumulator("page failures");
        int partitions = options.partitions() > 0 ? options.partitions() : sc.defaultParallelism() * 4;

        JavaRDD<PageRow> pages = read(spark, sc, inputs, files, partitions, pageFailures)
                .persist(StorageLevel.MEMORY_AND_DISK());
        long[] offsets = fileOffsets(pages, files.size() + countParquet(inputs));
        Broadcast<long[]> offsetOf = sc.broadcast(offsets);
        long pagesRead = offsets[offsets.length - 1];

        // identical pages (same content id): the first read is stored, the later ones are places it was seen again
        Map<Long, List<PageRow>> seenAgain = new HashMap<>();
        Set<Long> later = new java.util.HashSet<>();
        JavaPairRDD<String, Long> ids = pages.mapToPair(p -> new Tuple2<>(p.id(), readIndex(p, offsetOf.value())));
        List<Tuple2<String, Iterable<Long>>> repeated = ids.groupByKey().filter(g -> g._2().iterator().hasNext()
                && count(g._2()) > 1).collect();
        Map<Long, Long> firstOf = new HashMap<>();
        for (Tuple2<String, Iterable<Long>> g : repeated) {
            TreeSet<Long> sorted = new TreeSet<>();
            g._2().forEach(sorted::add);
            for (Long l : sorted.tailSet(sorted.first(), false)) {
                firstOf.put(l, sorted.first());
                later.add(l);
            }
        }
        Broadcast<Set<Long>> laterReads = sc.broadcast(later);
        for (PageRow again : pages.filter(p -> laterReads.value().contains(readIndex(p, offsetOf.value())))
                .map(p -> new PageRow(p.file(), p.record(), p.id(), p.path(), p.url(), p.format(), null, p.charset(),
                        p.fetchedAt())).collect()) {
            seenAgain.computeIfAbsent(firstOf.get(readIndex(again, offsetOf.value())), k -> new ArrayList<>()).add(again);
        }
        seenAgain.values().forEach(l -> l.sort(Comparator.comparingLong(p -> readIndex(p, offsets))));
        JavaRDD<PageRow> firsts = pages.filter(p -> !laterReads.value().contains(readIndex(p, offsetOf.value())));

        Broadcast<BatchLineCounts> lines = sc.broadcast(lineCounts(firsts, offsetOf, options.batchSize()));
        Broadcast<Map<Long, List<PageRow>>> sightings = sc.broadcast(seenAgain);
        int batchSize = options.batchSize();
        JavaRDD<ArticleRow> articles = firsts.mapPartitions(it -> {
            PageProcessor processor = new PageProcessor(new ArticleCleaner(), new LanguagePipeline(), PageBudget.DEFAULT);
            List<ArticleRow> out = new ArrayList<>();
            while (it.hasNext()) {
                PageRow row = it.next();
                long index = readIndex(row, offsetOf.value());
                Page page = row.page();
                PageProcessor.Result result = processor.process(page, lines.value().before((int) (index / batchSize)));
                result.messages(page.path()).forEach(pageFailures::add);
                List<Page> again = sightings.value().getOrDefault(index, List.of()).stream().map(PageRow::page).toList();
                result.arrival().ifPresent(a -> out.add(ArticleRow.of(index, a, again)));
            }
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        pages.unpersist();

        // the corpus stages, in the embedded order: dates, copies, entities, stories, events
        List<ArticleRow> digest = new ArrayList<>(articles.map(ArticleRow::withoutContent).collect());
        digest.sort(Comparator.comparingLong(ArticleRow::seq));
        LanguagePipeline language = new LanguagePipeline();
        Map<String, ArticleRow> refined = DriverStages.refineDates(digest, language);
        if (!refined.isEmpty()) {
            Broadcast<Map<String, ArticleRow>> refinedRows = sc.broadcast(refined);
            JavaRDD<ArticleRow> before = articles;
            articles = articles.map(r -> {
                ArticleRow better = refinedRows.value().get(r.id());
                return better == null ? r : better.withContent(r.content());
            }).persist(StorageLevel.MEMORY_AND_DISK());
            before.unpersist();
            digest.replaceAll(r -> refined.getOrDefault(r.id(), r));
        }
        Map<String, CopyRecord> copies = new HashMap<>();
        for (String json : CopyComponents.find(sc, articles)) {
            CopyRecord record = JSON.readValue(json, CopyRecord.class);
            copies.put(record.articleId(), record);
        }
        Resolution resolution = DriverStages.entities(digest, copies);
        Map<String, Map<Integer, String>> links = DriverStages.linksByArticle(resolution);
        List<Entity> entities = DriverStages.listed(resolution);
        List<Story> stories = DriverStages.stories(digest, links, copies, entities);
        List<Event> events = DriverStages.events(digest, links, copies, entities, stories);

        Tables.write(spark, sc, output, articles, resolution, entities, copies, stories, events);
        articles.unpersist();
        failures.addAll(new LinkedHashSet<>(pageFailures.value()));
        return new Summary(files.size(), pagesRead, digest.size(), copies.size(), entities.size(), stories.size(),
                events.size(), failures);
    }

    private static long count(Iterable<?> values) {
        long n = 0;
        for (Object ignored : values) {
            n++;
        }
        return n;
    }

    /** A page's place in the crawl as an embedded ingest reads it: pages of earlier files first, then within its file. */
    static long readIndex(PageRow page, long[] offsets) {
        return offsets[page.file()] + page.record();
    }

    /** Pages read before each file, and (last) in all (a file's span is its last record's number + 1). */
    private static long[] fileOffsets(JavaRDD<PageRow> pages, int fileCount) {
        Map<Integer, Long> perFile = pages.mapToPair(p -> new Tuple2<>(p.file(), (long) p.record() + 1))
                .reduceByKey(Math::max).collectAsMap();
        long[] offsets = new long[fileCount + 1];
        for (int f = 0; f < fileCount; f++) {
            offsets[f + 1] = offsets[f] + perFile.getOrDefault(f, 0L);
        }
        return offsets;
    }

    /** The line statistics of the stored text pages by batch (only lines on enough pages to ever count). */
    private static BatchLineCounts lineCounts(JavaRDD<PageRow> firsts, Broadcast<long[]> offsetOf, int batchSize) {
        JavaRDD<PageRow> texts = firsts.filter(PageRow::isText);
        Map<Integer, Long> perBatch = texts.map(p -> (int) (readIndex(p, offsetOf.value()) / batchSize)).countByValue();
        int batches = perBatch.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 2;
        long[] before = new long[batches];
        for (int b = 1; b < batches; b++) {
            before[b] = before[b - 1] + perBatch.getOrDefault(b - 1, 0L);
        }
        Map<Long, int[]> lines = new HashMap<>(texts.flatMapToPair(p -> {
                    int batch = (int) (readIndex(p, offsetOf.value()) / batchSize);
                    return Arrays.stream(LineCounts.distinctLineHashes(p.content()))
                            .mapToObj(h -> new Tuple2<>(h, batch)).iterator();
                }).groupByKey()
                .filter(g -> count(g._2()) >= BatchLineCounts.MIN_PAGES_KEPT)
                .mapValues(batchList -> {
                    List<Integer> all = new ArrayList<>();
                    batchList.forEach(all::add);
                    return all.stream().mapToInt(Integer::intValue).sorted().toArray();
                }).collectAsMap());
        return new BatchLineCounts(lines, before);
    }

    private static int countParquet(List<String> inputs) {
        return (int) inputs.stream().filter(CrawlFiles::isParquet).count();
    }

    /** Every page of the crawl files, then of the Parquet inputs (each Parquet input counted as one file after them). */
    private static JavaRDD<PageRow> read(SparkSession spark, JavaSparkContext sc, List<String> inputs, List<String> files,
                                         int partitions, CollectionAccumulator<String> failures) {
        List<CrawlFiles.CrawlFile> tasks = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            tasks.add(new CrawlFiles.CrawlFile(i, files.get(i)));
        }
        Broadcast<SerializableConfiguration> hadoop = sc.broadcast(new SerializableConfiguration(sc.hadoopConfiguration()));
        JavaRDD<PageRow> pages = sc.parallelize(tasks, Math.max(1, Math.min(partitions, tasks.size())))
                .flatMap(file -> {
                    List<PageRow> out = new ArrayList<>();
                    CrawlFiles.read(file.location(), new CrawlReader(), hadoop.value().value(),
                            page -> out.add(PageRow.of(file.index(), out.size(), page)),
                            failed -> failures.add(describe(failed)));
                    return out.iterator();
                });
        int fileIndex = files.size();
        for (String input : inputs) {
            if (CrawlFiles.isParquet(input)) {
                pages = pages.union(ParquetPages.read(spark, input, fileIndex++, failures));
            }
        }
        return pages;
    }

    static String describe(ReadOutcome.Failed failed) {
        return failed.path() + ": " + failed.reason();
    }

    private StorylineJob() {
    }
}
