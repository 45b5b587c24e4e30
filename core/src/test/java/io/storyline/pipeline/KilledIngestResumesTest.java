package io.storyline.pipeline;

import io.storyline.SharedData;
import io.storyline.store.Corpus;
import io.storyline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a real ingest process with SIGKILL halfway through 2,000 pages, ingests again, and checks that every
 * page is stored exactly once and that the search index agrees with the store.
 */
class KilledIngestResumesTest {
    private static final int PAGES = 2000;
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    @TempDir
    Path tmp;

    @Test
    void killedIngestRunAgainStoresEveryPageExactlyOnce() throws Exception {
        Path crawl = writeCrawl(tmp.resolve("crawl"));
        Path data = tmp.resolve("data");

        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "io.storyline.cli.Main", "ingest", "--quiet", "--batch", "10", "--data", data.toString(), crawl.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        long storedAtKill = waitUntilSomeStored(data, child);
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertTrue(storedAtKill > 0 && storedAtKill < PAGES,
                "the kill must land mid-ingest; stored at kill: " + storedAtKill);

        IngestReport resumed;
        try (Corpus corpus = Corpus.open(data)) {
            resumed = new IngestPipeline(corpus, new io.storyline.ingest.CrawlReader(),
                    new io.storyline.clean.pipeline.ArticleCleaner(), 100).run(List.of(crawl), null);
        }
        assertTrue(resumed.failures().isEmpty(), resumed.failures().toString());
        try (Corpus corpus = Corpus.open(data)) {
            assertEquals(PAGES, corpus.store().pageCount());
            assertEquals(PAGES, corpus.index().documentCount());
            assertEquals(corpus.store().maxSeq(), corpus.index().indexedSeq());
        }
        assertEquals(PAGES, distinctIds(data));
        assertTrue(resumed.pagesAdded() <= PAGES - storedAtKill + 10);
    }

    private static Path writeCrawl(Path crawl) throws Exception {
        Files.createDirectories(crawl);
        List<Path> sources;
        try (Stream<Path> files = Files.list(SharedData.teSilver())) {
            sources = files.filter(f -> f.toString().endsWith(".tml")).sorted().limit(PAGES).toList();
        }
        assertEquals(PAGES, sources.size());
        for (Path source : sources) {
            String text = TAG.matcher(Files.readString(source)).replaceAll("");
            Files.writeString(crawl.resolve(source.getFileName().toString().replace(".tml", ".txt")), text);
        }
        return crawl;
    }

    private static long waitUntilSomeStored(Path data, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive()) {
            long stored = storedPages(data);
            if (stored >= 100) {
                return stored;
            }
            Thread.sleep(20);
        }
        return storedPages(data);
    }

    private static long storedPages(Path data) {
        Path db = data.resolve(Store.FILE_NAME);
        if (!Files.exists(db)) {
            return 0;
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM pages")) {
            return rs.getLong(1);
        } catch (Exception schemaNotYetThere) {
            return 0;
        }
    }

    private static long distinctIds(Path data) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME));
             var rs = c.createStatement().executeQuery("SELECT count(DISTINCT id) FROM pages")) {
            return rs.getLong(1);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
