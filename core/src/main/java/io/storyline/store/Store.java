package io.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.clean.CleanArticle;
import io.storyline.clean.Extraction;
import io.storyline.clean.Granularity;
import io.storyline.clean.PublishedDate;
import io.storyline.ingest.Page;
import io.storyline.ingest.PageFormat;
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
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE_COLUMNS = """
            p.seq, p.id, p.path, p.url, p.format, p.charset, p.fetched_at, a.title, a.outlet, a.original_outlet,
            a.byline, a.language, a.published, a.published_granularity, a.published_evidence, a.published_confidence,
            a.text, a.removed, a.annotations, a.evidence""";

    private final Connection db;
    private final Path file;
    private final boolean readOnly;

    private Store(Connection db, Path file, boolean readOnly) {
        this.db = db;
        this.file = file;
        this.readOnly = readOnly;
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
        try (PreparedStatement s = db.prepareStatement("SELECT 1 FROM pages WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Whether this file, at this size and modification time, was read to its end before. */
    public synchronized boolean fileFinished(String path, long size, long modified) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT 1 FROM ingested_files WHERE path = ? AND size = ? AND modified = ?")) {
            s.setString(1, path);
            s.setLong(2, size);
            s.setLong(3, modified);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    public synchronized void markFileFinished(String path, long size, long modified) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "INSERT OR REPLACE INTO ingested_files(path, size, modified, finished_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, path);
            s.setLong(2, size);
            s.setLong(3, modified);
            s.setString(4, Instant.now().toString());
            s.executeUpdate();
        }
    }

    /**
     * Stores a batch of pages with their articles in one transaction. A page already stored (same content id)
     * only gains the new place it was seen. Returns how many pages were new.
     */
    public synchronized int save(List<Arrival> arrivals) throws SQLException {
        String now = Instant.now().toString();
        int[] added = {0};
        Transactions.run(db, () -> saveAll(arrivals, now, added));
        return added[0];
    }

    private void saveAll(List<Arrival> arrivals, String now, int[] added) throws SQLException {
        try (PreparedStatement page = db.prepareStatement("""
                INSERT OR IGNORE INTO pages(id, path, url, format, charset, fetched_at, content, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement article = db.prepareStatement("""
                INSERT OR IGNORE INTO articles(page_id, title, outlet, original_outlet, byline, language, published,
                  published_granularity, published_evidence, published_confidence, text, removed, annotations, evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement lines = db.prepareStatement(
                     "INSERT INTO line_counts(line_hash, pages) VALUES (?, 1) "
                             + "ON CONFLICT(line_hash) DO UPDATE SET pages = pages + 1");
             PreparedStatement source = db.prepareStatement(
                     "INSERT OR IGNORE INTO page_sources(page_id, path, url, fetched_at) VALUES (?, ?, ?, ?)");
             PreparedStatement failure = db.prepareStatement(
                     "INSERT OR REPLACE INTO page_failures(page_id, stage, error) VALUES (?, ?, ?)")) {
            for (Arrival arrival : arrivals) {
                Page p = arrival.page();
                page.setString(1, p.id());
                page.setString(2, p.path());
                // the crawl record's address, else the one the page declares (canonical link, og:url, JSON-LD)
                page.setString(3, arrival.article() != null && arrival.article().url() != null ? arrival.article().url() : p.url());
                page.setString(4, p.format().name());
                page.setString(5, p.charset());
                page.setString(6, p.fetchedAt() == null ? null : p.fetchedAt().toString());
                page.setString(7, p.content());
                page.setString(8, now);
                int inserted = page.executeUpdate();
                if (inserted == 1) {
                    if (arrival.article() == null) {
                        throw new IllegalArgumentException(p.id() + " is new to the store but arrived without its article");
                    }
                    added[0]++;
                    bindArticle(article, arrival.article(), arrival.annotations());
                    article.executeUpdate();
                    for (StageFailure f : arrival.failures()) {
                        failure.setString(1, p.id());
                        failure.setString(2, f.stage());
                        failure.setString(3, f.error());
                        failure.executeUpdate();
                    }
                    if (p.format() == PageFormat.TEXT) {
                        for (long hash : LineCounts.distinctLineHashes(p.content())) {
                            lines.setLong(1, hash);
                            lines.executeUpdate();
                        }
                    }
                }
                source.setString(1, p.id());
                source.setString(2, p.path());
                source.setString(3, p.url());
                source.setString(4, p.fetchedAt() == null ? null : p.fetchedAt().toString());
                source.executeUpdate();
            }
        }
    }

    private static void bindArticle(PreparedStatement s, CleanArticle a, Annotations annotations) throws SQLException {
        PublishedDate d = a.published();
        s.setString(1, a.id());
        s.setString(2, a.title());
        s.setString(3, a.outlet());
        s.setString(4, a.originalOutlet());
        s.setString(5, a.byline());
        s.setString(6, a.language());
        s.setString(7, d == null ? null : d.value());
        s.setString(8, d == null ? null : d.granularity().name());
        s.setString(9, d == null ? null : d.evidence());
        if (d == null) {
            s.setNull(10, java.sql.Types.REAL);
        } else {
            s.setDouble(10, d.confidence());
        }
        s.setString(11, a.text());
        s.setString(12, toJson(a.removed()));
        s.setString(13, toJson(annotations == null ? Annotations.NONE : annotations));
        s.setString(14, toJson(a.evidence()));
    }

    public synchronized long pageCount() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM pages")) {
            return rs.getLong(1);
        }
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
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM pages")) {
            return rs.getLong(1);
        }
    }

    public synchronized Optional<StoredArticle> article(String id) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT " + ARTICLE_COLUMNS
                + " FROM pages p JOIN articles a ON a.page_id = p.id WHERE p.id = ?")) {
            s.setString(1, id);
            List<StoredArticle> found = read(s);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** Articles in order of arrival, starting after {@code afterSeq}. */
    public synchronized List<StoredArticle> articlesAfter(long afterSeq, int limit) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT " + ARTICLE_COLUMNS
                + " FROM pages p JOIN articles a ON a.page_id = p.id WHERE p.seq > ? ORDER BY p.seq LIMIT ?")) {
            s.setLong(1, afterSeq);
            s.setInt(2, limit);
            return read(s);
        }
    }

    /** Text pages stored so far. */
    public synchronized int textPageCount() throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pages WHERE format = 'TEXT'")) {
            return rs.getInt(1);
        }
    }

    /** On how many text pages a line with this hash occurs. */
    public synchronized int linePages(long hash) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT pages FROM line_counts WHERE line_hash = ?")) {
            s.setLong(1, hash);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Articles whose publication date is known only to the year or month: candidates for corpus refinement. */
    public synchronized List<StoredArticle> coarselyDated() throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT " + ARTICLE_COLUMNS
                + " FROM pages p JOIN articles a ON a.page_id = p.id"
                + " WHERE a.published_granularity IN ('YEAR', 'MONTH') ORDER BY p.seq")) {
            return read(s);
        }
    }

    /** Replaces what the language layer found in an article (after its time anchor changed). */
    public synchronized void updateAnnotations(String id, Annotations annotations) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("UPDATE articles SET annotations = ? WHERE page_id = ?")) {
            s.setString(1, toJson(annotations));
            s.setString(2, id);
            s.executeUpdate();
        }
    }

    /** Replaces an article's publication date (a refinement; the page itself never changes). */
    public synchronized void updatePublished(String id, PublishedDate date) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                UPDATE articles SET published = ?, published_granularity = ?, published_evidence = ?,
                  published_confidence = ? WHERE page_id = ?""")) {
            s.setString(1, date.value());
            s.setString(2, date.granularity().name());
            s.setString(3, date.evidence());
            s.setDouble(4, date.confidence());
            s.setString(5, id);
            s.executeUpdate();
        }
    }

    /** Ids of the pages stored after {@code since} (an ISO instant), in order of arrival. */
    public synchronized List<String> pagesIngestedAfter(java.time.Instant since) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT id FROM pages WHERE julianday(ingested_at) > julianday(?) ORDER BY seq")) {
            s.setString(1, since.toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
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
        try (PreparedStatement s = db.prepareStatement(
                "SELECT stage, error FROM page_failures WHERE page_id = ? ORDER BY rowid")) {
            s.setString(1, id);
            List<StageFailure> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new StageFailure(rs.getString(1), rs.getString(2)));
                }
            }
            return out;
        }
    }

    /** How many stored pages a stage failed on. */
    public synchronized long failedPageCount() throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(DISTINCT page_id) FROM page_failures")) {
            return rs.getLong(1);
        }
    }

    /**
     * The state a corpus-wide stage run now would be in: the last page sequence number and a mark of the entity
     * corrections (their count and last number, so an added or a removed correction both change it).
     */
    public synchronized StageState present(String stage) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT coalesce(max(seq), 0) FROM pages),"
                     + " (SELECT count(*) * 4294967296 + coalesce(max(seq), 0) FROM entity_corrections)")) {
            return new StageState(stage, rs.getLong(1), rs.getLong(2));
        }
    }

    /** What a stage last ran over, if it ever finished. */
    public synchronized Optional<StageState> stageState(String stage) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT page_seq, correction_seq FROM stage_states WHERE stage = ?")) {
            s.setString(1, stage);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new StageState(stage, rs.getLong(1), rs.getLong(2))) : Optional.empty();
            }
        }
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
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT p.id FROM pages p LEFT JOIN articles a ON a.page_id = p.id WHERE a.page_id IS NULL")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Every stored page's id with its sequence number, in order. */
    public synchronized Map<String, Long> pageSeqs() throws SQLException {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id, seq FROM pages ORDER BY seq")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    /** Every place a page was seen, first one first. */
    public synchronized List<String> sources(String id) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT path FROM page_sources WHERE page_id = ? ORDER BY rowid")) {
            s.setString(1, id);
            List<String> paths = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    paths.add(rs.getString(1));
                }
            }
            return paths;
        }
    }

    private static List<StoredArticle> read(PreparedStatement s) throws SQLException {
        List<StoredArticle> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String published = rs.getString("published");
                PublishedDate date = published == null ? null : new PublishedDate(published,
                        Granularity.valueOf(rs.getString("published_granularity")), rs.getString("published_evidence"),
                        rs.getDouble("published_confidence"));
                String fetched = rs.getString("fetched_at");
                CleanArticle article = new CleanArticle(rs.getString("id"), rs.getString("path"), rs.getString("url"),
                        rs.getString("title"), rs.getString("outlet"), rs.getString("original_outlet"),
                        rs.getString("byline"), rs.getString("language"), date, rs.getString("text"),
                        fromJson(rs.getString("removed")), fetched == null ? null : Instant.parse(fetched),
                        evidence(rs.getString("evidence")));
                String annotations = rs.getString("annotations");
                out.add(new StoredArticle(rs.getLong("seq"), PageFormat.valueOf(rs.getString("format")),
                        rs.getString("charset"), article,
                        annotations == null ? Annotations.NONE : fromJson(annotations, Annotations.class)));
            }
        }
        return out;
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T fromJson(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON column: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> evidence(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable evidence column: " + e.getMessage(), e);
        }
    }

    private static List<Extraction.Removed> fromJson(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable removed-blocks column: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        db.close();
    }
}
