package io.storyline.pipeline;

import io.storyline.SharedData;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.ingest.CrawlReader;
import io.storyline.store.Corpus;
import io.storyline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The copy stage keeps each article's state in the copy detector, so a batch hashes and aligns only its own
 * articles, and its copies are those of one run over everything, every field of them; kept states that are missing
 * or stale (an old data folder, a refined date) make it find everything again, to the same copies.
 */
class CopyResolutionTest {
    private static final String ALL_COPY_FIELDS = "SELECT article_id || '|' || coalesce(copy_of, '') || '|' || kind"
            + " || '|' || score || '|' || evidence || '|' || substitutions FROM copies ORDER BY article_id";

    @TempDir
    Path tmp;

    @Test
    void anOriginalArrivingAfterItsCopiesTakesTheirClusterOverAsInOneRun() throws Exception {
        List<Path> sources = teSilver(310, 8);
        Path first = Files.createDirectories(tmp.resolve("crawl/first"));
        Path second = Files.createDirectories(tmp.resolve("crawl/second"));
        for (int i = 1; i < sources.size(); i++) {
            write(i < 5 ? first : second, "article-" + i, sources.get(i), "1997-04-10");
        }
        // two copies of article 0 crawled first, published after it; the original comes in the second batch
        String original = TimeMlPage.html(sources.get(0), "article-0.tml");
        Files.writeString(first.resolve("mirror-a.html"), dated(original, "1997-04-12").replace("<article>",
                "<article><p>Mirror A republishes wire stories.</p>"));
        Files.writeString(first.resolve("mirror-b.html"), dated(original, "1997-04-11"));
        Files.writeString(second.resolve("article-0.html"), dated(original, "1997-04-09"));

        Path batched = tmp.resolve("batched");
        ingest(batched, List.of(first));
        List<String> copiesAfterFirst = rows(batched, ALL_COPY_FIELDS);
        Path damaged = tmp.resolve("damaged");
        RandomKillsTest.copy(batched, damaged);
        ingest(batched, List.of(second));
        Path whole = tmp.resolve("whole");
        ingest(whole, List.of(first, second));

        List<String> copies = rows(whole, ALL_COPY_FIELDS);
        assertEquals(copies, rows(batched, ALL_COPY_FIELDS), "copies differ between batches and one run");
        String originalId = pageId(whole, "article-0.html");
        assertEquals(2, copies.stream().filter(c -> c.split("\\|")[1].equals(originalId)).count(),
                "both mirrors copy the late original: " + copies);
        assertTrue(copiesAfterFirst.stream().noneMatch(c -> c.contains(originalId)), "not stored before it arrived");

        // a kept link the second batch must read is damaged: everything is found again, to the same copies
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + damaged.resolve(Store.FILE_NAME))) {
            assertEquals(1, db.createStatement().executeUpdate("UPDATE copy_states SET link = '{\"broken' WHERE link IS NOT NULL"));
        }
        ingest(damaged, List.of(second));
        assertEquals(copies, rows(damaged, ALL_COPY_FIELDS));
    }

    @Test
    void aBatchAddsOnlyItsArticlesAndMissingOrStaleStatesAreFoundAgain() throws Exception {
        Path first = Files.createDirectories(tmp.resolve("crawl/first"));
        Path second = Files.createDirectories(tmp.resolve("crawl/second"));
        List<Path> sources = teSilver(330, 10);
        for (int i = 0; i < sources.size(); i++) {
            write(i < 7 ? first : second, "article-" + i, sources.get(i), "1997-04-1" + i);
        }
        Files.writeString(second.resolve("z-copy.html"), dated(TimeMlPage.html(sources.get(3), "copy.tml"), "1997-04-30"));
        Path data = tmp.resolve("data");
        ingest(data, List.of(first));
        Map<String, Long> stageItems = new HashMap<>();
        try (Corpus corpus = Corpus.open(data)) {
            new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 64).run(List.of(second),
                    new IngestPipeline.Progress() {
                        @Override
                        public void stageFinished(String stage, long items, Duration took) {
                            stageItems.put(stage, items);
                        }
                    });
        }
        assertEquals(4L, stageItems.get("copies"), "the second batch's three articles and a copy, no more");
        List<String> copies = rows(data, ALL_COPY_FIELDS);
        assertEquals(1, copies.size(), copies.toString());
        int articles = rows(data, "SELECT page_id FROM articles").size();

        assertEquals(0, rerun(data, null), "nothing new: nothing is hashed");
        assertEquals(copies, rows(data, ALL_COPY_FIELDS));
        assertEquals(articles, rerun(data, "DELETE FROM copy_states"), "a folder from before states were kept");
        assertEquals(copies, rows(data, ALL_COPY_FIELDS));
        assertEquals(articles, rerun(data, "DELETE FROM copy_states WHERE article_id = (SELECT id FROM pages"
                + " ORDER BY seq DESC LIMIT 1)"), "one state lost");
        assertEquals(copies, rows(data, ALL_COPY_FIELDS));
        assertEquals(articles, rerun(data, "UPDATE articles SET published = '1997-05-01' WHERE page_id = (SELECT id"
                + " FROM pages ORDER BY seq LIMIT 1)"), "a refined date makes the kept states stale");
        assertEquals(copies, rows(data, ALL_COPY_FIELDS));
        assertEquals(articles, rerun(data, "UPDATE copy_states SET input_key = 'another detector'"));
        assertEquals(copies, rows(data, ALL_COPY_FIELDS));
        assertEquals(articles, rerun(data, "UPDATE copy_states SET signature = x'0102' WHERE signature IS NOT NULL"),
                "a damaged signature");
        assertEquals(copies, rows(data, ALL_COPY_FIELDS));
        assertEquals(0, rerun(data, null));
    }

    /**
     * Runs the copy stage, as after a finished run over every stored article, after {@code change} (SQL, or null);
     * returns how many articles it hashed and aligned.
     */
    private static int rerun(Path data, String change) throws Exception {
        if (change != null) {
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME))) {
                db.createStatement().execute(change);
            }
        }
        CopyResolution stage = new CopyResolution();
        try (Corpus corpus = Corpus.open(data)) {
            stage.run(corpus, new ArticleChanges(corpus.store().maxSeq()), StageProgress.NONE);
        }
        return stage.addedLastRun();
    }

    private static void write(Path folder, String name, Path source, String published) throws Exception {
        Files.writeString(folder.resolve(name + ".html"), dated(TimeMlPage.html(source, name + ".tml"), published));
    }

    private static String dated(String html, String published) {
        return html.replaceFirst("article:published_time\" content=\"[^\"]*\"",
                "article:published_time\" content=\"" + published + "\"");
    }

    private static List<Path> teSilver(int skip, int count) throws Exception {
        try (Stream<Path> files = Files.list(SharedData.teSilver())) {
            return files.filter(f -> f.toString().endsWith(".tml")).sorted().skip(skip).limit(count).toList();
        }
    }

    private static void ingest(Path data, List<Path> roots) throws Exception {
        try (Corpus corpus = Corpus.open(data)) {
            IngestReport report = new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 64).run(roots, null);
            assertTrue(report.failures().isEmpty(), report.failures().toString());
        }
    }

    private static String pageId(Path data, String fileName) throws Exception {
        List<String> ids = rows(data, "SELECT id FROM pages WHERE path LIKE '%" + fileName + "'");
        assertEquals(1, ids.size(), fileName);
        return ids.get(0);
    }

    private static List<String> rows(Path data, String query) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME));
             var rs = db.createStatement().executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
