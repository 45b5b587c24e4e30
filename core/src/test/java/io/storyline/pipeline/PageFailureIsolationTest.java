package io.storyline.pipeline;

import io.storyline.SharedData;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.ingest.CrawlReader;
import io.storyline.nlp.annotate.LanguagePipeline;
import io.storyline.store.Corpus;
import io.storyline.store.StageFailure;
import io.storyline.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No page is lost to one stage: a page a stage fails on is stored with what the stages before gave, and named. */
class PageFailureIsolationTest {
    private static final String ARTICLE = "<html><body><article><h1>Dam opens</h1>"
            + "<p>The new dam on the river opened on Monday, ten years after work began, officials said.</p>"
            + "<p>Engineers, who faced floods, strikes and funding gaps, finished the spillway in March.</p>"
            + "</article></body></html>";

    @TempDir
    Path tmp;

    private IngestReport ingest(Path crawl, PageBudget budget) throws Exception {
        try (Corpus corpus = Corpus.open(tmp.resolve("data"))) {
            return new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), new LanguagePipeline(), 16, budget)
                    .run(List.of(crawl), null);
        }
    }

    private List<StoredArticle> stored() throws Exception {
        try (Corpus corpus = Corpus.open(tmp.resolve("data"))) {
            return corpus.store().articlesAfter(0, 100);
        }
    }

    private List<StageFailure> failuresOf(String id) throws Exception {
        try (Corpus corpus = Corpus.open(tmp.resolve("data"))) {
            return corpus.store().failures(id);
        }
    }

    /** Independent of any bug: a page whose language stage runs out of its (here zero) time budget. */
    @Test
    void aPageTheLanguageStageFailsOnIsStoredWithItsCleanedTextAndTheFailureNamed() throws Exception {
        Path page = Files.writeString(Files.createDirectories(tmp.resolve("crawl")).resolve("dam.html"), ARTICLE);
        IngestReport report = ingest(page, new PageBudget(Duration.ofSeconds(60), Duration.ZERO, 1_000_000));
        assertEquals(1, report.pagesAdded());
        assertTrue(report.failures().get(0).startsWith(page + ": language failed"), report.failures().toString());
        StoredArticle article = stored().get(0);
        assertTrue(article.article().text().contains("spillway in March"), article.article().text());
        assertEquals("Dam opens", article.article().title());
        List<StageFailure> failures = failuresOf(article.article().id());
        assertEquals("language", failures.get(0).stage());
        assertTrue(failures.get(0).error().contains("budget"), failures.toString());
    }

    @Test
    void aPageTheCleanerFailsOnIsStoredUncleanedWithTheFailureNamed() throws Exception {
        Path page = Files.writeString(Files.createDirectories(tmp.resolve("crawl")).resolve("dam.html"), ARTICLE);
        IngestReport report = ingest(page, new PageBudget(Duration.ZERO, Duration.ofSeconds(60), 1_000_000));
        assertEquals(1, report.pagesAdded());
        StoredArticle article = stored().get(0);
        assertTrue(article.article().text().contains("spillway in March"));
        assertEquals("clean", failuresOf(article.article().id()).get(0).stage());
    }

    @Test
    void aTextOverTheLanguageBudgetIsAnnotatedUpToItAndNamed() throws Exception {
        Path page = Files.writeString(Files.createDirectories(tmp.resolve("crawl")).resolve("dam.html"), ARTICLE);
        IngestReport report = ingest(page, new PageBudget(Duration.ofSeconds(60), Duration.ofSeconds(60), 100));
        assertEquals(1, report.pagesAdded());
        StoredArticle article = stored().get(0);
        assertTrue(article.annotations().entities().stream().allMatch(m -> m.end() <= 100));
        assertTrue(failuresOf(article.article().id()).get(0).error().contains("over the budget of 100;"));
    }

    /** 5,000 nested divs overflowed the stack of the recursive text walker, and the page was lost. */
    @Test
    void aPageOfFiveThousandNestedDivsIsStored() throws Exception {
        String deep = "<html><body>" + "<div>".repeat(5000) + "<p>Deep inside, the council voted on Tuesday.</p>"
                + "</div>".repeat(5000) + "</body></html>";
        Path page = Files.writeString(Files.createDirectories(tmp.resolve("crawl")).resolve("deep.html"), deep);
        IngestReport report = ingest(page, PageBudget.DEFAULT);
        assertEquals(1, report.pagesAdded());
        assertTrue(stored().get(0).article().text().contains("council voted"));
    }

    /** A page of the htmldate set that made the quote scanner throw (IndexOutOfBounds), losing the page. */
    @Test
    void aWikiPageThatBrokeTheQuoteScannerIsStoredWithItsQuotes() throws Exception {
        Path page = SharedData.path("data", "htmldate-dev", "pages", "stardewvalleywiki.com.penny.html");
        IngestReport report = ingest(page, PageBudget.DEFAULT);
        assertEquals(List.of(), report.failures());
        assertEquals(1, report.pagesAdded());
    }
}
