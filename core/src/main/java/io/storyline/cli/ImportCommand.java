package io.storyline.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.events.Event;
import io.storyline.pipeline.CorpusStages;
import io.storyline.resolve.entity.Entity;
import io.storyline.resolve.entity.MentionLink;
import io.storyline.resolve.entity.Resolution;
import io.storyline.resolve.story.Story;
import io.storyline.store.Arrival;
import io.storyline.store.ArticleRow;
import io.storyline.store.CopyRecord;
import io.storyline.store.Corpus;
import io.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code storyline import DIR}: loads the Parquet tables of a distributed run ({@code storyline spark}) into an
 * embedded store, so the CLI and the web page browse a cluster's results. The tables are read with DuckDB's
 * embedded engine rather than written twice (Parquet and JSON Lines): Parquet is the one output users query, and
 * DuckDB reads it, partitions and all, without Hadoop. Pages, articles, copies, entities, stories and events are
 * stored as an ingest stores them, and every corpus stage is marked up to date, so nothing is computed again.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load the Parquet tables written by `storyline spark` (articles, copies, entities, mentions, "
                + "stories, events) into an empty store.")
public final class ImportCommand implements java.util.concurrent.Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final int BATCH = 256;

    @Mixin
    DataOptions data;

    @Parameters(index = "0", paramLabel = "DIR", description = "The output folder of a `storyline spark` run.")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir.resolve("articles"))) {
            System.err.println("storyline: " + dir + " holds no articles table (expected DIR/articles/, as `storyline spark` writes)");
            return ExitCodes.USAGE;
        }
        try (Corpus corpus = data.openOrCreate(new java.io.PrintWriter(System.err, true)); Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            Store store = corpus.store();
            if (store.pageCount() > 0) {
                System.err.println("storyline: " + store.file() + " already holds pages; import into an empty --data folder");
                return ExitCodes.USAGE;
            }
            long articles = importArticles(duck, corpus);
            List<CopyRecord> copies = records(duck, "copies", CopyRecord.class);
            List<Entity> entities = records(duck, "entities", Entity.class);
            List<MentionLink> links = records(duck, "mentions", MentionLink.class);
            List<Story> stories = records(duck, "stories", Story.class);
            List<Event> events = records(duck, "events", Event.class);
            for (CorpusStages.Stage stage : CorpusStages.Stage.values()) {
                store.writeStage(store.present(stage.label()), () -> {
                    switch (stage) {
                        case DATES -> { } // the run refined the dates before writing the articles
                        case COPIES -> store.copies().replace(copies);
                        case ENTITIES -> store.entities().replace(new Resolution(entities, links));
                        case STORIES -> store.stories().replace(stories);
                        case EVENTS -> store.events().replace(events);
                    }
                });
            }
            System.err.printf("storyline: imported %d articles, %d copies, %d entities, %d stories, %d events from %s%n",
                    articles, copies.size(), entities.size(), stories.size(), events.size(), dir);
        }
        return ExitCodes.OK;
    }

    /** The articles in order of arrival, stored (and indexed) a batch at a time as an ingest stores them. */
    private long importArticles(Connection duck, Corpus corpus) throws SQLException, IOException {
        long count = 0;
        List<Arrival> batch = new ArrayList<>();
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery("SELECT seq, id, path, page_url, url,"
                + " format, charset, fetched_at, content, title, outlet, original_outlet, byline, language, published,"
                + " published_granularity, published_evidence, published_confidence, text, removed, annotations,"
                + " evidence, failures, seen FROM " + table("articles") + " ORDER BY seq")) {
            while (rs.next()) {
                double confidence = rs.getDouble(18);
                ArticleRow row = new ArticleRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                        rs.getString(15), rs.getString(16), rs.getString(17), rs.wasNull() ? null : confidence,
                        rs.getString(19), rs.getString(20), rs.getString(21), rs.getString(22), rs.getString(23),
                        rs.getString(24));
                batch.addAll(row.arrivals());
                count++;
                if (batch.size() >= BATCH) {
                    corpus.add(batch);
                    batch.clear();
                }
            }
        }
        corpus.add(batch);
        return count;
    }

    /** The core records a table keeps in its {@code record} column (JSON), none when the run wrote no rows. */
    private <T> List<T> records(Connection duck, String name, Class<T> type) throws SQLException, IOException {
        List<T> out = new ArrayList<>();
        if (!hasParquet(dir.resolve(name))) {
            return out;
        }
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT record FROM " + table(name) + " WHERE record IS NOT NULL")) {
            while (rs.next()) {
                out.add(JSON.readValue(rs.getString(1), type));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(dir.resolve(name) + ": unreadable record: " + e.getOriginalMessage(), e);
        }
        return out;
    }

    private String table(String name) {
        String glob = dir.resolve(name).toAbsolutePath() + "/**/*.parquet";
        return "read_parquet('" + glob.replace("'", "''") + "', hive_partitioning = true, union_by_name = true)";
    }

    private static boolean hasParquet(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(f -> f.toString().endsWith(".parquet"));
        }
    }
}
