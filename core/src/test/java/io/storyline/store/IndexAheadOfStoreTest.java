package io.storyline.store;

import io.storyline.ingest.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The store loses its last batch (a power cut) while the index commit survives: new pages must still be indexed. */
class IndexAheadOfStoreTest {
    @TempDir
    Path data;

    @Test
    void pagesStoredAfterTheStoreLostItsLastBatchAreIndexed() throws Exception {
        Page kept = CorpusTest.page("The council voted on Tuesday to close the bridge over the river.");
        Page lost = CorpusTest.page("Floods closed the coastal road for a week, the mayor said.");
        try (Corpus corpus = Corpus.open(data)) {
            corpus.add(List.of(CorpusTest.arrival(kept, null, null)));
            corpus.add(List.of(CorpusTest.arrival(lost, null, null)));
        }
        // what a power cut under synchronous=NORMAL can leave: the last store commit gone, the index's kept
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME));
             var s = db.createStatement()) {
            s.execute("DELETE FROM page_sources WHERE page_id = '" + lost.id() + "'");
            s.execute("DELETE FROM articles WHERE page_id = '" + lost.id() + "'");
            s.execute("DELETE FROM pages WHERE id = '" + lost.id() + "'");
            s.execute("UPDATE sqlite_sequence SET seq = 1 WHERE name = 'pages'");
        }
        Page fresh = CorpusTest.page("A new bridge opened downstream, engineers said on Friday.");
        try (Corpus corpus = Corpus.open(data)) {
            corpus.add(List.of(CorpusTest.arrival(fresh, null, null)));
            assertEquals(2, corpus.store().pageCount());
            assertEquals(2, corpus.index().documentCount());
            assertEquals(1, corpus.index().search(new SearchRequest("engineers", 10, null, null, null)).size());
            assertEquals(0, corpus.index().search(new SearchRequest("floods", 10, null, null, null)).size());
        }
    }
}
