package io.storyline.store;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

/**
 * A data folder: the {@link Store} (truth) and the {@link SearchIndex} (derived), kept in step. Opening it
 * brings the index up to date with the store, so whatever a crash interrupted, both agree afterwards; an index
 * that cannot be read is rebuilt from the store.
 */
public final class Corpus implements AutoCloseable {
    private static final int CATCH_UP_BATCH = 500;
    private final Store store;
    private final SearchIndex index;
    private final Path indexFolder;
    private final Path folder;
    private final WriterLock lock;

    private Corpus(Store store, SearchIndex index, Path folder, WriterLock lock) {
        this.store = store;
        this.index = index;
        this.folder = folder;
        this.indexFolder = folder.resolve("index");
        this.lock = lock;
    }

    /**
     * Opens a data folder to read. The index catches up with the store unless another process is writing (that
     * writer keeps it up to date), and this reader then lets go of the index writer, so it never holds up one.
     */
    public static Corpus open(Path dataDir) throws SQLException, IOException {
        return open(dataDir, null);
    }

    /**
     * Opens a data folder to write (ingest, check, reindex, corrections): takes its {@link WriterLock} first,
     * waiting for the writer before, whom {@code waiting} is told about; closing the corpus lets the lock go.
     */
    public static Corpus openForWriting(Path dataDir, String what, java.util.function.Consumer<String> waiting)
            throws SQLException, IOException {
        WriterLock lock = WriterLock.acquire(dataDir, what, waiting);
        try {
            return open(dataDir, lock);
        } catch (SQLException | IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Corpus open(Path dataDir, WriterLock lock) throws SQLException, IOException {
        Store store = Store.open(dataDir);
        Path indexDir = dataDir.resolve("index");
        SearchIndex index;
        try {
            index = SearchIndex.open(indexDir);
            index.indexedSeq();
        } catch (IOException | RuntimeException unreadable) {
            if (DiskFull.reason(unreadable).isPresent()) {
                throw unreadable; // not damage: deleting the index would lose it for want of room to rebuild it
            }
            System.err.println("storyline: search index at " + indexDir + " is unreadable (" + unreadable.getMessage()
                    + "); rebuilding it from the store");
            deleteFolder(indexDir);
            index = SearchIndex.open(indexDir);
        }
        Corpus corpus = new Corpus(store, index, dataDir, lock);
        if (lock == null && (store.readOnly() || WriterLock.isHeld(dataDir))) {
            // read-only media: the index is read as it is; or a writer owns the index and keeps it up to date
            return corpus;
        }
        if (corpus.indexAheadOfStore()) {
            // the store lost its last commits (a power cut under synchronous=NORMAL) but the index kept them: new
            // pages would reuse those sequence numbers and the catch-up would skip them, so start the index again
            System.err.println("storyline: search index at " + indexDir + " is ahead of the store; rebuilding it from the store");
            corpus.rebuildIndex();
        }
        if (lock == null) {
            corpus.catchUpIndexIfRoom();
            index.closeWriter();
        } else {
            corpus.catchUpIndex();
        }
        return corpus;
    }

    public Path folder() {
        return folder;
    }

    /** Lets go of the index writer after a write made by a reader (a correction from the web server). */
    public void releaseIndexWriter() throws IOException {
        index.closeWriter();
    }

    public Store store() {
        return store;
    }

    public SearchIndex index() {
        return index;
    }

    /** Whether the index covers pages the store does not have (so it cannot be trusted to catch up by sequence). */
    public boolean indexAheadOfStore() throws SQLException, IOException {
        long indexed = index.indexedSeq();
        long stored = store.maxSeq();
        return indexed > stored || indexed == stored && index.documentCount() != store.pageCount();
    }

    /**
     * Searches the index; when the search fails and the index files fail their checksums, the index is rebuilt
     * from the store (saying so on stderr) and the search runs again, so damaged segments cost one slow search,
     * not every search after them.
     */
    public List<SearchHit> search(SearchRequest request) throws SQLException, IOException {
        try {
            return index.search(request);
        } catch (IOException | RuntimeException | AssertionError failure) {
            // AssertionError: what a damaged segment throws when assertions are on (in tests)
            String damage = index.damage();
            if (damage == null) {
                throw failure;
            }
            rebuildDamagedIndex(damage);
            return index.search(request);
        }
    }

    /** Rebuilds the index from the store when its files fail their checksums; returns why, or null when sound. */
    public String repairDamagedIndex() throws SQLException, IOException {
        String damage = index.damage();
        if (damage != null) {
            rebuildDamagedIndex(damage);
        }
        return damage;
    }

    private synchronized void rebuildDamagedIndex(String damage) throws SQLException, IOException {
        System.err.println("storyline: search index at " + indexFolder + " is damaged (" + damage
                + "); rebuilding it from the store");
        index.recreate();
        catchUpIndex();
        if (lock == null) {
            index.closeWriter();
        }
    }

    /** Stores a batch and indexes it; returns how many pages were new. */
    public int add(List<Arrival> arrivals) throws SQLException, IOException {
        int added = store.save(arrivals);
        catchUpIndex();
        return added;
    }

    /** Indexes whatever the store has that the index lacks; skipped when another process is writing the index. */
    public void catchUpIndex() throws SQLException, IOException {
        long indexed = index.indexedSeq();
        if (indexed >= store.maxSeq() || !index.tryOpenWriter()) {
            return;
        }
        List<StoredArticle> batch;
        while (!(batch = store.articlesAfter(indexed, CATCH_UP_BATCH)).isEmpty()) {
            indexed = batch.get(batch.size() - 1).seq();
            index.index(batch, indexed);
        }
    }

    /**
     * A reader's catch-up: on a full disk the index is read as it is (the articles it lacks are not found by
     * search until a writer with room catches it up), so commands that only read still work.
     */
    private void catchUpIndexIfRoom() throws SQLException, IOException {
        try {
            catchUpIndex();
        } catch (IOException | RuntimeException e) {
            var reason = DiskFull.reason(e);
            if (reason.isEmpty()) {
                throw e;
            }
            System.err.println("storyline: " + folder.toAbsolutePath() + ": disk full, the search index cannot catch up "
                    + "with the store (" + reason.get() + "); searching it may miss the newest articles until there is room");
            index.abandonWriter();
        }
    }

    /** Re-indexes articles the store changed in place (a refined date), keeping the index's sequence mark. */
    public void reindex(List<String> ids) throws SQLException, IOException {
        List<StoredArticle> changed = new java.util.ArrayList<>();
        for (String id : ids) {
            store.article(id).ifPresent(changed::add);
        }
        if (!changed.isEmpty()) {
            index.index(changed, index.indexedSeq());
        }
    }

    /** Rebuilds the whole index from the store. */
    public void rebuildIndex() throws SQLException, IOException {
        index.clear();
        catchUpIndex();
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Override
    public void close() throws SQLException, IOException {
        try {
            index.close();
        } finally {
            try {
                store.close();
            } finally {
                if (lock != null) {
                    lock.close();
                }
            }
        }
    }
}
