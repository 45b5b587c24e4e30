package io.storyline.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.cli.Main;
import io.storyline.events.Event;
import io.storyline.ingest.CrawlReader;
import io.storyline.pipeline.IngestPipeline;
import io.storyline.resolve.entity.Entity;
import io.storyline.resolve.story.Story;
import io.storyline.store.CopyRecord;
import io.storyline.store.Corpus;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode and the embedded ingest, on the seeds and 500 TE3-Silver articles (with planted
 * copies of some): the same articles, copies, entities, stories and events, field by field; then the job's tables
 * imported into a store give the same {@code articles}, {@code entities} and {@code events} output as the
 * embedded store.
 */
class StorylineJobEquivalenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TE3_ARTICLES = 500;

    @TempDir
    static Path work;
    static SparkSession spark;
    static Path embedded;
    static Path output;

    @BeforeAll
    static void runBoth() throws Exception {
        Path shared = Path.of(System.getProperty("storyline.root", "..")).resolve("../shared").normalize();
        Path crawl = work.resolve("crawl");
        Files.createDirectories(crawl);
        try (Stream<Path> seeds = Files.list(shared.resolve("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                Files.copy(seed, crawl.resolve(seed.getFileName()));
            }
        }
        PlantedCrawl.write(shared.resolve("data/tempeval3/TE3-Silver-data"), TE3_ARTICLES, 25, crawl);
        embedded = work.resolve("embedded");
        try (Corpus corpus = Corpus.open(embedded)) {
            new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 256).run(List.of(crawl), null);
        }
        spark = SparkSession.builder().master("local[2]").appName("equivalence")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        output = work.resolve("out");
        StorylineJob.Summary summary = StorylineJob.run(spark, List.of(crawl.toString()), output.toString(),
                StorylineJob.Options.DEFAULT);
        assertTrue(summary.articles() > TE3_ARTICLES, summary.toString());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void articlesCopiesAndStoriesAreTheEmbeddedOnes() throws Exception {
        Map<String, List<Object>> expected = new TreeMap<>();
        try (Corpus corpus = Corpus.open(embedded)) {
            corpus.store().forEachArticle(stored -> {
                var a = stored.article();
                var copy = corpus.store().copies().of(a.id());
                expected.put(a.id(), List.of(String.valueOf(a.path()), String.valueOf(a.title()), String.valueOf(a.outlet()),
                        String.valueOf(a.byline()), String.valueOf(a.language()),
                        String.valueOf(a.published()), a.text(), json(stored.annotations()),
                        String.valueOf(copy.map(CopyRecord::copyOf).orElse(null)),
                        String.valueOf(copy.map(c -> c.kind().label()).orElse(null)),
                        String.valueOf(corpus.store().stories().of(a.id()))));
            });
        }
        Map<String, List<Object>> actual = new TreeMap<>();
        for (Row r : spark.read().parquet(output.resolve("articles").toString()).collectAsList()) {
            String published = r.getAs("published") == null ? "null" : new io.storyline.clean.PublishedDate(r.getAs("published"),
                    io.storyline.clean.Granularity.valueOf(r.getAs("published_granularity")), r.getAs("published_evidence"),
                    r.<Double>getAs("published_confidence")).toString();
            actual.put(r.getAs("id"), List.of(String.valueOf((Object) r.getAs("path")), String.valueOf((Object) r.getAs("title")),
                    String.valueOf((Object) r.getAs("outlet")), String.valueOf((Object) r.getAs("byline")),
                    String.valueOf((Object) r.getAs("language")), published, r.getAs("text"),
                    json(JSON.readValue((String) r.getAs("annotations"), io.storyline.nlp.Annotations.class)),
                    String.valueOf((Object) r.getAs("copy_of")), String.valueOf((Object) r.getAs("copy_kind")),
                    String.valueOf((Object) r.getAs("story"))));
        }
        assertEquals(expected.keySet(), actual.keySet());
        List<String> fields = List.of("path", "title", "outlet", "byline", "language", "published", "text",
                "annotations", "copy_of", "copy_kind", "story");
        List<String> differences = new ArrayList<>();
        for (String id : expected.keySet()) {
            for (int f = 0; f < fields.size(); f++) {
                if (!expected.get(id).get(f).equals(actual.get(id).get(f))) {
                    differences.add(id + " " + fields.get(f) + ": embedded " + clip(expected.get(id).get(f))
                            + " / spark " + clip(actual.get(id).get(f)));
                }
            }
        }
        assertEquals(List.of(), differences);
        long copies = expected.values().stream().filter(v -> !v.get(9).equals("null")).count();
        assertTrue(copies >= 20, "planted copies found: " + copies);
    }

    @Test
    void entitiesStoriesAndEventsAreTheEmbeddedOnes() throws Exception {
        try (Corpus corpus = Corpus.open(embedded)) {
            var store = corpus.store();
            Map<String, String> entities = byId(store.entities().list(null, null, Integer.MAX_VALUE, 0), Entity::id);
            Map<String, String> stories = byId(store.stories().list(Integer.MAX_VALUE, 0), Story::id);
            Map<String, String> events = byId(store.events().list(null, null, null, null), Event::id);
            // a comparison of two empty tables would prove nothing
            assertTrue(entities.size() > 100 && stories.size() > 10 && !events.isEmpty(),
                    entities.size() + " entities, " + stories.size() + " stories, " + events.size() + " events");
            assertSame(entities, byId(records("entities", Entity.class), Entity::id), "entities");
            assertSame(stories, byId(records("stories", Story.class), Story::id), "stories");
            assertSame(events, byId(records("events", Event.class), Event::id), "events");
        }
    }

    @Test
    void importedTablesBrowseLikeTheEmbeddedStore() {
        Path imported = work.resolve("imported");
        assertEquals(0, cli("import", output.toString(), "--data", imported.toString()).exit());
        for (String command : List.of("articles", "entities", "events", "stories")) {
            Cli a = cli(command, "--data", embedded.toString());
            Cli b = cli(command, "--data", imported.toString());
            assertEquals(0, a.exit(), a.err());
            assertEquals(0, b.exit(), b.err());
            assertTrue(!a.out().isBlank(), command + " of the embedded store lists nothing");
            assertSame(lines(a.out()), lines(b.out()), command);
        }
    }

    /** Output lines by position (JSON Lines keep their order). */
    private static Map<String, String> lines(String out) {
        Map<String, String> byLine = new TreeMap<>();
        String[] all = out.split("\n");
        for (int i = 0; i < all.length; i++) {
            byLine.put(String.format("%05d", i), all[i]);
        }
        return byLine;
    }

    private record Cli(int exit, String out, String err) {
    }

    private static Cli cli(String... args) {
        var cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }

    private <T> List<T> records(String table, Class<T> type) throws Exception {
        List<T> out = new ArrayList<>();
        if (!Files.exists(output.resolve(table))) {
            return out;
        }
        for (Row r : spark.read().parquet(output.resolve(table).toString()).select("record").collectAsList()) {
            out.add(JSON.readValue(r.getString(0), type));
        }
        return out;
    }

    private static String clip(Object value) {
        String s = String.valueOf(value);
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** The records that differ, by id: what the embedded run has and what the job has. */
    private static void assertSame(Map<String, String> expected, Map<String, String> actual, String what) {
        List<String> differences = new ArrayList<>();
        for (String id : new java.util.TreeSet<>(java.util.stream.Stream.concat(expected.keySet().stream(),
                actual.keySet().stream()).toList())) {
            if (!java.util.Objects.equals(expected.get(id), actual.get(id))) {
                differences.add(what + " " + id + ": embedded " + clip(expected.get(id)) + " / spark " + clip(actual.get(id)));
            }
        }
        assertEquals(List.of(), differences.size() > 20 ? differences.subList(0, 20) : differences,
                differences.size() + " " + what + " differ");
    }

    private static <T> Map<String, String> byId(List<T> records, java.util.function.Function<T, String> id) {
        Map<String, String> out = new TreeMap<>();
        records.forEach(r -> out.put(id.apply(r), json(r)));
        return out;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
