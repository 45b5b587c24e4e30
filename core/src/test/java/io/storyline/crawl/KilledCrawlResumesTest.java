package io.storyline.crawl;

import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.ingest.CrawlReader;
import io.storyline.pipeline.IngestPipeline;
import io.storyline.pipeline.IngestReport;
import io.storyline.store.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real crawl process killed with SIGKILL halfway, then run again: nothing lost, nothing fetched twice, no torn WARC. */
class KilledCrawlResumesTest {
    private static final int ARTICLES = 40;
    private static final int CONCURRENCY = 2;

    @TempDir
    Path tmp;

    @Test
    void aKilledCrawlRunAgainArchivesEveryPageOnceInReadableWarcFiles() throws Exception {
        try (NewsSite site = new NewsSite("127.0.0.1")) {
            site.serveText("/robots.txt", "User-agent: *\nAllow: /\n", "text/plain");
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < ARTICLES; i++) {
                String path = "/news/2024/03/story-number-" + i;
                site.article(path, "Story " + i, "The council met on Tuesday and agreed on measure " + i
                        + " after a long debate about the town's budget.");
                items.append("<item><title>Story ").append(i).append("</title><link>BASE").append(path).append("</link></item>");
            }
            site.serveText("/feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                    + "<link>BASE/</link><description>d</description>" + items + "</channel></rss>", "application/rss+xml");
            Path out = tmp.resolve("warc");

            Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    "io.storyline.cli.Main", "crawl", site.base() + "/feed.xml", "--out", out.toString(),
                    "--delay", "100ms", "--concurrency", String.valueOf(CONCURRENCY), "--quiet")
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (articleRequests(site) < 10 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            long atKill = articleRequests(site);
            assertTrue(atKill >= 10 && atKill < ARTICLES, "the kill must land mid-crawl: " + atKill + " pages asked for");

            CrawlReport resumed = new Crawler(CrawlSettings.defaults().withPerHostDelay(Duration.ofMillis(10)), out,
                    CrawlListener.SILENT).crawl(List.of(URI.create(site.base() + "/feed.xml")));
            assertTrue(resumed.pagesArchived() > 0, resumed.toString());

            Map<String, Long> asked = site.pathsRequested().stream().filter(p -> p.startsWith("/news/"))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertEquals(ARTICLES, asked.size(), "every page was fetched");
            long twice = asked.values().stream().filter(n -> n > 1).count();
            assertTrue(twice <= CONCURRENCY, "only pages in flight at the kill may be asked for again: " + asked);

            Set<String> archived = new HashSet<>();
            try (Stream<Path> files = Files.list(out)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".warc.gz")).toList()) {
                    try (WarcReader reader = new WarcReader(file)) {
                        for (WarcRecord record : reader) { // a torn record would throw here
                            if (record instanceof WarcResponse response && response.target().contains("/news/")) {
                                archived.add(response.target());
                            }
                        }
                    }
                }
            }
            assertEquals(ARTICLES, archived.size(), "every page is in a WARC file");

            try (Corpus corpus = Corpus.open(tmp.resolve("data"))) {
                IngestReport ingested = new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 64)
                        .run(List.of(out), null);
                assertTrue(ingested.failures().isEmpty(), ingested.failures().toString());
                assertEquals(ARTICLES, ingested.pagesAdded(), ingested.toString());
            }
        }
    }

    private static long articleRequests(NewsSite site) {
        return site.pathsRequested().stream().filter(p -> p.startsWith("/news/")).distinct().count();
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
