package io.storyline.pipeline;

import io.storyline.SharedData;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.ingest.CrawlReader;
import io.storyline.store.Corpus;
import io.storyline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event stage keeps each article's coded mentions: run again over an unchanged corpus it codes nothing and
 * stores the same events; with its kept codings gone or damaged it codes every English article again, to the same
 * events.
 */
class EventCodingCacheTest {
    @TempDir
    Path tmp;

    @Test
    void anUnchangedCorpusIsNotCodedAgainAndGivesTheSameEvents() throws Exception {
        Path data = tmp.resolve("data");
        try (Corpus corpus = Corpus.open(data)) {
            new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 64).run(List.of(SharedData.seeds()), null);
        }
        Map<String, List<String>> ingested = CorpusTables.corpusWide(data);
        assertFalse(ingested.get("events").isEmpty(), "the seeds must give events");

        EventResolution again = new EventResolution();
        try (Corpus corpus = Corpus.open(data)) {
            again.run(corpus, new ArticleChanges(corpus.store().maxSeq()), StageProgress.NONE);
        }
        assertEquals(0, again.codedLastRun(), "nothing changed, so nothing is coded again");
        assertEquals(ingested, CorpusTables.corpusWide(data));

        try (var db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME))) {
            // one kept coding damaged, the rest gone: the damaged one is coded again like the others
            db.createStatement().execute("DELETE FROM event_codings WHERE rowid > (SELECT min(rowid) FROM event_codings)");
            db.createStatement().execute("UPDATE event_codings SET mentions = '[{\"broken'");
        }
        EventResolution fromScratch = new EventResolution();
        try (Corpus corpus = Corpus.open(data)) {
            fromScratch.run(corpus, ArticleChanges.EVERYTHING, StageProgress.NONE);
        }
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME));
             var rs = db.createStatement().executeQuery("SELECT count(*) FROM event_codings")) {
            assertTrue(rs.getInt(1) > 0);
            assertEquals(rs.getInt(1), fromScratch.codedLastRun(), "every article is coded again");
        }
        assertEquals(ingested, CorpusTables.corpusWide(data), "kept mentions must merge to the events coded afresh");
    }
}
