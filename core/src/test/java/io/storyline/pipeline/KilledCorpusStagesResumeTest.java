package io.storyline.pipeline;

import io.storyline.SharedData;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.ingest.CrawlReader;
import io.storyline.store.Corpus;
import io.storyline.store.KillPoint;
import io.storyline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a real ingest process with SIGKILL at points inside and between the corpus-wide stages (after its last
 * pages are stored), ingests again, and checks that dates, copies, entities, stories and events come out as in a
 * run never killed. Before stage states, the re-run said "0 new" and never rebuilt them.
 */
class KilledCorpusStagesResumeTest {
    private static final List<String> KILL_POINTS = List.of(
            "stage:dates", "after:copies", "stage:entities", "after:entities", "stage:stories", "stage:events");

    @TempDir
    Path tmp;

    @Test
    void anIngestKilledInsideTheCorpusStagesIsCompletedByTheNextIngest() throws Exception {
        Path seeds = SharedData.seeds();
        Path clean = tmp.resolve("clean");
        ingestInProcess(clean, seeds);
        Map<String, List<String>> expected = CorpusTables.corpusWide(clean);
        assertFalse(expected.get("entities").isEmpty(), "the seeds must give entities to compare");
        assertFalse(expected.get("events").isEmpty(), "the seeds must give events to compare");

        for (String point : KILL_POINTS) {
            Path data = tmp.resolve(point.replace(':', '-'));
            Process child = new ProcessBuilder(javaBinary(), "-D" + KillPoint.PROPERTY + "=" + point,
                    "-cp", System.getProperty("java.class.path"), "io.storyline.cli.Main",
                    "ingest", "--quiet", "--data", data.toString(), seeds.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve(point.replace(':', '-') + ".log").toFile()).start();
            assertTrue(child.waitFor(5, TimeUnit.MINUTES), point + ": child did not end");
            assertEquals(137, child.exitValue(), point + ": the child must die of SIGKILL at the point; log: "
                    + Files.readString(tmp.resolve(point.replace(':', '-') + ".log")));
            assertEquals(4, pageCount(data), point + ": every page was stored before the corpus stages");

            IngestReport again = ingestInProcess(data, seeds);
            assertEquals(0, again.pagesAdded(), point);
            assertEquals(expected, CorpusTables.corpusWide(data), point + ": corpus tables differ from a run never killed");
            try (Corpus corpus = Corpus.open(data)) {
                assertEquals(List.of(), CorpusStages.behind(corpus.store()), point);
            }
        }
    }

    private static IngestReport ingestInProcess(Path data, Path crawl) throws Exception {
        try (Corpus corpus = Corpus.open(data)) {
            return new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 256).run(List.of(crawl), null);
        }
    }

    private static long pageCount(Path data) throws Exception {
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME));
             var rs = db.createStatement().executeQuery("SELECT count(*) FROM pages")) {
            return rs.getLong(1);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
