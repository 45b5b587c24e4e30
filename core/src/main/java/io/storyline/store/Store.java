package io.storyline.store;

import io.storyline.clean.PublishedDate;
import io.storyline.nlp.Annotations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The source of truth: one SQLite file ({@code storyline.db}) in WAL mode, which any SQLite tool can open.
 * Every write is a transaction, so a crash loses at most the batch being written, never what was stored.
 */
public final class Store implements AutoCloseable {
    public static final String FILE_NAME = "storyline.db";

    private final Connection db;
    private final Path file;
    private final boolean readOnly;
    private final ArticleTable articles;
    private final PageTables pages;
    private final StageTables stages;

    private Store(Connection db, Path file, boolean readOnly) {
        this.db = db;
        this.file = file;
        this.readOnly = readOnly;
        this.articles = new ArticleTable(db);
        this.pages = new PageTables(db);
        this.stages = new StageTables(db);
    }

    public static Store open(Path dataDir) throws SQLException {
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.isRegularFile(file) && !Files.isWritable(dataDir)) {
            return openReadOnly(file);
        }
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new SQLException(dataDir + ": cannot create the data folder: " + e.getMessage(), e);
        }
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            // NORMAL in WAL mode: a power cut may lose the last transactions, never corrupt the file
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA busy_timeout = 10000");
            SchemaMigrations.apply(db, file.toString());
        } catch (SQLException e) {
            db.close();
            if (DiskFull.reason(e).isPresent()) {
                throw e; // a sound store on a full disk (no room for its WAL or a migration), not a damaged one
            }
            throw new UnusableStoreException(file, e);
        }
        return new Store(db, file, false);
    }

    /**
     * A store on read-only media (a mounted snapshot, a full disk remounted read-only). SQLite cannot make the
     * WAL's shared-memory file there. When no WAL is left beside the file (a clean close checkpoints it away),
     * the file is opened as immutable, which is exactly true while no one can write it; when a killed writer left
     * its WAL and shared-memory files, SQLite reads through them read-only, so its last commits are not lost.
     * Reading works; writing fails with SQLite's read-only error.
     */
    static Store openReadOnly(Path file) throws SQLException {
        boolean walLeft = Files.exists(Path.of(file + "-wal"));
        String url = "jdbc:sqlite:file:" + file.toAbsolutePath() + (walLeft ? "?mode=ro" : "?immutable=1&mode=ro");
        Connection db = DriverManager.getConnection(url);
        try (Statement s = db.createStatement(); var version = s.executeQuery("PRAGMA user_version")) {
            if (version.getInt(1) != SchemaMigrations.latest()) {
                throw new SQLException("schema version " + version.getInt(1) + " needs upgrading to "
                        + SchemaMigrations.latest() + ", which a read-only folder does not allow");
            }
        } catch (SQLException e) {
            db.close();
            throw new UnusableStoreException(file, e);
        }
        return new Store(db, file, true);
    }

    /** Whether this store was opened from a folder this process cannot write. */
    public boolean readOnly() {
        return readOnly;
    }

    /** The resolved entities and users' corrections. */
    public EntityStore entities() {
        return new EntityStore(db, this);
    }

    /** Which articles copy which. */
    public CopyStore copies() {
        return new CopyStore(db, this);
    }

    /** The stories and the story of each article. */
    public StoryStore stories() {
        return new StoryStore(db, this);
    }

    /** The events found over the corpus. */
    public EventStore events() {
        return new EventStore(db, this);
    }

    /** What the copy stage keeps of each article between its runs, and its narrow reads of the articles. */
    public CopyStateStore copyStates() {
        return new CopyStateStore(db, this);
    }

    /** Each article's coded event mentions, kept between runs of the event stage. */
    public EventCodingStore eventCodings() {
        return new EventCodingStore(db, this);
    }

    public Path file() {
        return file;
    }

    /** Work over several of the store's tables that must land together or not at all. */
    @FunctionalInterface
    public interface Work {
        void run() throws SQLException;
    }

    /**
     * Runs {@code work} as one transaction, holding the store so no other thread reads a half-made change; the
     * writes inside join it. Any exception rolls everything back.
     */
    public synchronized void inTransaction(Work work) throws SQLException {
        Transactions.run(db, work);
    }

    /** Whether a page with this id is stored. */
    public synchronized boolean hasPage(String id) throws SQLException {
        return pages.hasPage(id);
    }

    /** Whether this file, at this size and modification time, was read to its end before. */
    public synchronized boolean fileFinished(String path, long size, long modified) throws SQLException {
        return pages.fileFinished(path, size, modified);
    }

    public synchronized void markFileFinished(String path, long size, long modified) throws SQLException {
        pages.markFileFinished(path, size, modified);
    }

    /**
     * Stores a batch of pages with their articles in one transaction. A page already stored (same content id)
     * only gains the new place it was seen. Returns how many pages were new.
     */
    public synchronized int save(List<Arrival> arrivals) throws SQLException {
        String now = Instant.now().toString();
        int[] added = {0};
        Transactions.run(db, () -> articles.saveAll(arrivals, now, added));
        return added[0];
    }

    public synchronized long pageCount() throws SQLException {
        return pages.pageCount();
    }

    /**
     * SQLite's count of commits made by other connections (another process's ingest or correction): when it
     * moves, what was read from this store may be stale.
     */
    public synchronized long dataVersion() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            return rs.getLong(1);
        }
    }

    public synchronized long maxSeq() throws SQLException {
        return pages.maxSeq();
    }

    public synchronized Optional<StoredArticle> article(String id) throws SQLException {
        return articles.article(id);
    }

    /** Articles in order of arrival, starting after {@code afterSeq}. */
    public synchronized List<StoredArticle> articlesAfter(long afterSeq, int limit) throws SQLException {
        return articles.articlesAfter(afterSeq, limit);
    }

    /** Articles in order of arrival after {@code afterSeq}, each with its copy record, story and entity links. */
    public synchronized List<ResolvedArticle> resolvedArticlesAfter(long afterSeq, int limit) throws SQLException {
        return articles.resolvedAfter(afterSeq, limit);
    }

    /** Hands every article with what was resolved of it to {@code action} in order of arrival, a page at a time. */
    public void forEachResolvedArticle(SqlConsumer<ResolvedArticle> action) throws SQLException {
        long after = 0;
        List<ResolvedArticle> page;
        while (!(page = resolvedArticlesAfter(after, 1000)).isEmpty()) {
            for (ResolvedArticle resolved : page) {
                action.accept(resolved);
            }
            after = page.get(page.size() - 1).stored().seq();
        }
    }

    /** Text pages stored so far. */
    public synchronized int textPageCount() throws SQLException {
        return pages.textPageCount();
    }

    /** On how many text pages a line with this hash occurs. */
    public synchronized int linePages(long hash) throws SQLException {
        return pages.linePages(hash);
    }

    /** Articles whose publication date is known only to the year or month: candidates for corpus refinement. */
    public synchronized List<StoredArticle> coarselyDated() throws SQLException {
        return articles.coarselyDated();
    }

    /** Replaces what the language layer found in an article (after its time anchor changed). */
    public synchronized void updateAnnotations(String id, Annotations annotations) throws SQLException {
        articles.updateAnnotations(id, annotations);
    }

    /** Replaces an article's publication date (a refinement; the page itself never changes). */
    public synchronized void updatePublished(String id, PublishedDate date) throws SQLException {
        articles.updatePublished(id, date);
    }

    /** Ids of the pages stored after {@code since} (an ISO instant), in order of arrival. */
    public synchronized List<String> pagesIngestedAfter(java.time.Instant since) throws SQLException {
        return pages.pagesIngestedAfter(since);
    }

    /** Hands every article to {@code action} in order of arrival, a page of them at a time. */
    public void forEachArticle(SqlConsumer<StoredArticle> action) throws SQLException {
        long after = 0;
        List<StoredArticle> page;
        while (!(page = articlesAfter(after, 1000)).isEmpty()) {
            for (StoredArticle stored : page) {
                action.accept(stored);
            }
            after = page.get(page.size() - 1).seq();
        }
    }

    /** A step over stored rows that may itself read the store. */
    @FunctionalInterface
    public interface SqlConsumer<T> {
        void accept(T value) throws SQLException;
    }

    /** The stages that failed on a page when it was stored (empty for most pages). */
    public synchronized List<StageFailure> failures(String id) throws SQLException {
        return stages.failures(id);
    }

    /** How many stored pages a stage failed on. */
    public synchronized long failedPageCount() throws SQLException {
        return stages.failedPageCount();
    }

    /**
     * The state a corpus-wide stage run now would be in: the last page sequence number and a mark of the entity
     * corrections (their count and last number, so an added or a removed correction both change it).
     */
    public synchronized StageState present(String stage) throws SQLException {
        return stages.present(stage);
    }

    /** What a stage last ran over, if it ever finished. */
    public synchronized Optional<StageState> stageState(String stage) throws SQLException {
        return stages.stageState(stage);
    }

    /**
     * Runs a stage's writes and records its state in one transaction: either the stage's output and the state
     * saying it is up to date are both stored, or neither is.
     */
    public synchronized void writeStage(StageState state, Work work) throws SQLException {
        Transactions.run(db, () -> {
            work.run();
            try (PreparedStatement s = db.prepareStatement("INSERT OR REPLACE INTO stage_states(stage, page_seq,"
                    + " correction_seq, done_at) VALUES (?, ?, ?, ?)")) {
                s.setString(1, state.stage());
                s.setLong(2, state.pageSeq());
                s.setLong(3, state.correctionSeq());
                s.setString(4, Instant.now().toString());
                s.executeUpdate();
            }
        });
    }

    /** SQLite's own check of the file ("ok", or what is wrong). */
    public synchronized List<String> integrityCheck() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Ids of stored pages that have no article (a store damaged outside Storyline: every save writes both). */
    public synchronized List<String> pagesWithoutArticle() throws SQLException {
        return pages.pagesWithoutArticle();
    }

    /** Every stored page's id with its sequence number, in order. */
    public synchronized Map<String, Long> pageSeqs() throws SQLException {
        return pages.pageSeqs();
    }

    /** Every place a page was seen, first one first. */
    public synchronized List<String> sources(String id) throws SQLException {
        return pages.sources(id);
    }

    @Override
    public synchronized void close() throws SQLException {
        db.close();
    }
}
