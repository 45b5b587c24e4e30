package io.storyline.crawl;

import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.ingest.CrawlReader;
import io.storyline.pipeline.IngestPipeline;
import io.storyline.pipeline.IngestReport;
import io.storyline.store.Corpus;
import io.storyline.store.StoredArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Crawls of a real news site on a loopback port: what is fetched, what is refused and why, and what is archived. */
class CrawlerTest {
    @TempDir
    Path tmp;

    private NewsSite site;

    @BeforeEach
    void startSite() throws IOException {
        site = new NewsSite("127.0.0.1")
                .serve("/robots.txt", "robots.txt", "text/plain")
                .serve("/feed.xml", "rss2.xml", "application/rss+xml; charset=utf-8")
                .serve("/atom.xml", "atom.xml", "application/atom+xml")
                .serve("/index.html", "home.html", "text/html")
                .serve("/sitemap-index.xml", "sitemap-index.xml", "application/xml")
                .serve("/news-sitemap.xml", "news-sitemap.xml", "application/xml")
                .serveGzipped("/sitemap-pages.xml.gz", "sitemap-pages.xml")
                .serveText("/broken-feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>",
                        "application/rss+xml")
                .article("/world/2024/03/ministers-meet-in-geneva", "Ministers meet in Geneva",
                        "Foreign ministers from twelve countries met in Geneva on Tuesday to discuss grain exports.")
                .article("/business/2024/03/port-strike-ends", "Port strike ends",
                        "Dock workers at the country's largest port returned to work on Monday after a two-week strike.")
                .article("/private/members-only-report", "Members only", "This page is for members.")
                .article("/local/2024/03/flood-defences-approved", "Flood defences approved",
                        "The regional council approved new flood defences for three river towns on Tuesday.")
                .article("/politics/2024/03/election-date-set", "Election date set for June",
                        "The electoral commission set the general election for the second Sunday of June.")
                .article("/science/2024/03/comet-seen-from-earth", "Comet seen from Earth",
                        "Astronomers said a bright comet would be visible to the naked eye for two more weeks.");
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    private CrawlSettings fast() {
        return CrawlSettings.defaults().withPerHostDelay(Duration.ofMillis(50)).withPageTimeout(Duration.ofSeconds(2));
    }

    private CrawlReport crawl(CrawlSettings settings, String... paths) throws Exception {
        List<URI> sources = Stream.of(paths).map(p -> URI.create(site.base() + p)).toList();
        return new Crawler(settings, tmp.resolve("warc"), CrawlListener.SILENT).crawl(sources);
    }

    private static Map<String, FetchOutcome> outcomes(CrawlReport report) {
        return report.attempts().stream().collect(Collectors.toMap(
                a -> URI.create(a.url()).getPath(), CrawlReport.Attempt::outcome, (a, b) -> b));
    }

    @Test
    void anRssFeedsArticlesAreArchivedAsWarcRecordsThatIngestReads() throws Exception {
        CrawlReport report = crawl(fast(), "/feed.xml");
        assertEquals(2, report.pagesArchived(), report.attempts().toString());

        List<WarcRecord> records = new ArrayList<>();
        List<String> types = new ArrayList<>();
        try (WarcReader reader = new WarcReader(tmp.resolve("warc").resolve(report.warcFile()))) {
            for (WarcRecord record : reader) {
                types.add(record.type());
                if (record instanceof WarcResponse response) {
                    records.add(response);
                    assertEquals(200, response.http().status());
                    assertTrue(response.concurrentTo().size() == 1, "each response names its request");
                }
            }
        }
        assertEquals("warcinfo", types.get(0));
        assertEquals(3, records.size(), "the feed and its two allowed articles: " + types);
        assertEquals(3, types.stream().filter("request"::equals).count());
        assertEquals(3, types.stream().filter("metadata"::equals).count());

        try (Corpus corpus = Corpus.open(tmp.resolve("data"))) {
            IngestReport ingested = new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 16)
                    .run(List.of(tmp.resolve("warc")), null);
            assertEquals(2, ingested.pagesAdded(), "the two articles are pages; the feed is not: " + ingested);
            List<String> urls = new ArrayList<>();
            corpus.store().forEachArticle(stored -> urls.add(stored.article().url()));
            assertTrue(urls.contains(site.base() + "/world/2024/03/ministers-meet-in-geneva"), urls.toString());
        }
    }

    @Test
    void aPageRobotsTxtDisallowsIsRefusedAndNeverRequested() throws Exception {
        CrawlReport report = crawl(fast(), "/feed.xml");
        assertEquals(FetchOutcome.DISALLOWED_BY_ROBOTS, outcomes(report).get("/private/members-only-report"));
        assertFalse(site.pathsRequested().contains("/private/members-only-report"));
        assertTrue(site.requests().stream().allMatch(r -> r.userAgent().startsWith(CrawlSettings.ROBOT_NAME)),
                "every request says who we are");
    }

    @Test
    void robotsCrawlDelayLongerThanOursSpacesRequestsToOneHost() throws Exception {
        crawl(fast(), "/feed.xml", "/atom.xml");
        List<NewsSite.Request> requests = site.requests();
        for (int i = 1; i < requests.size(); i++) {
            long gapMillis = (requests.get(i).nanos() - requests.get(i - 1).nanos()) / 1_000_000;
            // robots.txt asks for 0.3 s; the arrival clock and the scheduler may differ by a few milliseconds
            assertTrue(gapMillis >= 280, "request " + i + " came " + gapMillis + " ms after the one before: " + requests);
        }
    }

    @Test
    void aSecondRunAsksConditionallyAndFetchesNothingUnchanged() throws Exception {
        CrawlReport first = crawl(fast(), "/feed.xml");
        assertEquals(2, first.pagesArchived());
        int before = site.requests().size();

        CrawlReport second = crawl(fast(), "/feed.xml");
        List<NewsSite.Request> again = site.requests().subList(before, site.requests().size());
        assertEquals(0, second.pagesArchived());
        assertEquals(List.of("/robots.txt", "/feed.xml"), again.stream().map(NewsSite.Request::path).toList(),
                "only robots.txt and the feed are asked for again");
        assertTrue(again.get(1).ifNoneMatch() != null, "the feed is asked for with its ETag");
        assertEquals(FetchOutcome.NOT_MODIFIED, outcomes(second).get("/feed.xml"));
        assertEquals(null, second.warcFile(), "nothing new, no WARC file named");
    }

    @Test
    void aSitemapIndexLeadsToANewsSitemapAndAGzippedOne() throws Exception {
        CrawlReport report = crawl(fast(), "/sitemap-index.xml");
        Map<String, FetchOutcome> outcomes = outcomes(report);
        assertEquals(FetchOutcome.FETCHED, outcomes.get("/politics/2024/03/election-date-set"), report.toString());
        assertEquals(FetchOutcome.FETCHED, outcomes.get("/science/2024/03/comet-seen-from-earth"), report.toString());
    }

    @Test
    void aHomePageLeadsToTheFeedItAnnouncesAndToTheSitemapsOfItsRobotsTxt() throws Exception {
        CrawlReport report = crawl(fast(), "/index.html");
        Map<String, FetchOutcome> outcomes = outcomes(report);
        assertEquals(FetchOutcome.FETCHED, outcomes.get("/local/2024/03/flood-defences-approved"), "from the Atom feed");
        assertEquals(FetchOutcome.FETCHED, outcomes.get("/politics/2024/03/election-date-set"), "from robots.txt's sitemap");
    }

    @Test
    void aMalformedFeedIsNamedAndTheOtherSourcesAreStillCrawled() throws Exception {
        CrawlReport report = crawl(fast(), "/broken-feed.xml", "/atom.xml");
        CrawlReport.Attempt broken = report.attempts().stream()
                .filter(a -> a.url().endsWith("/broken-feed.xml")).findFirst().orElseThrow();
        assertEquals(FetchOutcome.NOT_A_PAGE, broken.outcome());
        assertTrue(broken.reason().contains("malformed"), broken.reason());
        assertEquals(1, report.pagesArchived());
    }

    @Test
    void misbehavingPagesAreRefusedWithTheirReasonAndTheCrawlGoesOn() throws Exception {
        site.serveText("/trouble.xml", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
                <item><link>BASE/loop/a</link></item>
                <item><link>BASE/slow/2024/03/slow-page-story</link></item>
                <item><link>BASE/huge/2024/03/huge-page-story</link></item>
                <item><link>BASE/cut/2024/03/truncated-page-story</link></item>
                <item><link>BASE/missing/2024/03/no-such-story</link></item>
                <item><link>BASE/moved/story-about-the-move</link></item>
                </channel></rss>""", "application/rss+xml");
        CrawlReport report = crawl(fast().withMaxPageBytes(1L << 20).withPageTimeout(Duration.ofSeconds(5)), "/trouble.xml");
        Map<String, FetchOutcome> outcomes = outcomes(report);
        assertEquals(FetchOutcome.REDIRECT_LOOP, outcomes.get("/loop/a"));
        assertEquals(FetchOutcome.TIMED_OUT, outcomes.get("/slow/2024/03/slow-page-story"));
        assertEquals(FetchOutcome.TOO_LARGE, outcomes.get("/huge/2024/03/huge-page-story"));
        assertEquals(FetchOutcome.TRUNCATED, outcomes.get("/cut/2024/03/truncated-page-story"));
        assertEquals(FetchOutcome.HTTP_ERROR, outcomes.get("/missing/2024/03/no-such-story"));
        assertEquals(FetchOutcome.FETCHED, outcomes.get("/moved/story-about-the-move"), "a redirect is followed");
        assertEquals(1, report.pagesArchived());
    }

    @Test
    void aRunCutShortResumesWithThePagesItLeftEvenWhenTheFeedIsUnchanged() throws Exception {
        CrawlReport first = crawl(fast().withMaxPages(1), "/feed.xml");
        assertEquals(1, first.pagesArchived());
        CrawlReport second = crawl(fast(), "/feed.xml");
        assertEquals(FetchOutcome.NOT_MODIFIED, outcomes(second).get("/feed.xml"));
        assertEquals(1, second.pagesArchived(), "the page the first run left is fetched from the frontier");
        assertEquals(1, site.pathsRequested().stream().filter(p -> p.equals("/world/2024/03/ministers-meet-in-geneva")).count());
        assertEquals(1, site.pathsRequested().stream().filter(p -> p.equals("/business/2024/03/port-strike-ends")).count());
    }

    @Test
    void aWarcFileLeftHalfWrittenByAKillIsCutBackToItsLastCompleteRecord() throws Exception {
        CrawlReport first = crawl(fast(), "/feed.xml");
        Path warc = tmp.resolve("warc").resolve(first.warcFile());
        long complete = Files.size(warc);
        // what a kill in the middle of writing a record leaves: the start of a gzip member and no end
        Files.write(warc, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff, 1, 2, 3},
                StandardOpenOption.APPEND);
        crawl(fast(), "/atom.xml");
        assertEquals(complete, Files.size(warc), "the torn record is cut off");
        try (Stream<Path> files = Files.list(tmp.resolve("warc"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".warc.gz")).toList()) {
                try (WarcReader reader = new WarcReader(file)) {
                    reader.forEach(record -> { });
                }
            }
        }
    }

    @Test
    void pagesAreFetchedAgainOnlyWhenTheirSourceSaysTheyChanged() throws Exception {
        crawl(fast(), "/sitemap-index.xml");
        int before = site.requests().size();
        site.serve("/sitemap-pages.xml.gz", "sitemap-pages.xml", "application/xml"); // unchanged lastmod
        site.serveText("/news-sitemap.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>BASE/politics/2024/03/election-date-set</loc><lastmod>2099-01-01T00:00:00+00:00</lastmod></url>
                </urlset>""", "application/xml");
        crawl(fast(), "/sitemap-index.xml");
        List<String> again = site.pathsRequested().subList(before, site.requests().size());
        assertTrue(again.contains("/politics/2024/03/election-date-set"), "its lastmod moved on: " + again);
        assertFalse(again.contains("/science/2024/03/comet-seen-from-earth"), "unchanged: " + again);
    }
}
