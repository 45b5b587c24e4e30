package io.storyline.store;

import io.storyline.ingest.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A data folder on read-only media stays readable and refuses writes with a clear reason. The tests open the store
 * the way a folder this process cannot write is opened, because permissions do not stop the root user CI runs as.
 */
class ReadOnlyFolderTest {
    @TempDir
    Path data;

    @Test
    void aCleanlyClosedStoreIsReadFromReadOnlyMediaAndRefusesWrites() throws Exception {
        Page page = CorpusTest.page("A harbour reopened on Monday.");
        try (Store store = Store.open(data)) {
            store.save(List.of(CorpusTest.arrival(page, null, null)));
        }
        assertFalse(Files.exists(Path.of(data.resolve(Store.FILE_NAME) + "-wal")), "a clean close leaves no WAL");
        try (Store readOnly = Store.openReadOnly(data.resolve(Store.FILE_NAME))) {
            assertTrue(readOnly.readOnly());
            assertEquals(1, readOnly.pageCount());
            assertTrue(readOnly.article(page.id()).isPresent());
            Page another = CorpusTest.page("Another page.");
            SQLException refused = assertThrows(SQLException.class,
                    () -> readOnly.save(List.of(CorpusTest.arrival(another, null, null))));
            assertTrue(refused.getMessage().contains("readonly") || refused.getMessage().contains("read-only"),
                    refused.getMessage());
        }
        try (Store store = Store.open(data)) {
            assertEquals(1, store.pageCount(), "the refused write changed nothing");
        }
    }

    @Test
    void commitsStillInAKilledWritersWalAreReadFromReadOnlyMedia() throws Exception {
        Page page = CorpusTest.page("Commits that only the WAL holds.");
        try (Store writer = Store.open(data)) {
            writer.save(List.of(CorpusTest.arrival(page, null, null)));
            // the writer is still open, as one killed would have left it: its commit is in the WAL only
            assertTrue(Files.size(Path.of(data.resolve(Store.FILE_NAME) + "-wal")) > 0);
            try (Store readOnly = Store.openReadOnly(data.resolve(Store.FILE_NAME))) {
                assertEquals(1, readOnly.pageCount());
            }
        }
    }

    @Test
    void aWriterInAFolderThatCannotBeWrittenIsToldWhyAndWhatStillWorks() throws Exception {
        Path notAFolder = Files.writeString(data.resolve("file"), "x");
        IOException refused = assertThrows(IOException.class,
                () -> WriterLock.tryAcquire(notAFolder.resolve("data"), "ingest"));
        assertTrue(refused.getMessage().startsWith(notAFolder.resolve("data") + ": cannot write to the data folder"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("commands that only read still work"), refused.getMessage());
    }
}
