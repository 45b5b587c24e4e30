package io.storyline.crawl;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a crawl folder has fetched, kept in an SQLite file beside its WARC files, so a crawl run again (or killed
 * and restarted) fetches nothing twice unless it changed, and knows how far each WARC file was safely written.
 */
final class CrawlLedger implements AutoCloseable {
    static final String FILE_NAME = "crawl-state.db";

    private final Connection db;

    /** What the last fetch of a URL left: when, how it ended, and the validators for a conditional GET. */
    record Entry(URI uri, Instant fetchedAt, FetchOutcome outcome, Validators validators) {
    }

    CrawlLedger(Path folder) throws SQLException {
        db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(FILE_NAME));
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("CREATE TABLE IF NOT EXISTS fetches (url TEXT PRIMARY KEY, fetched_at TEXT NOT NULL, "
                    + "outcome TEXT NOT NULL, status INTEGER, etag TEXT, last_modified TEXT, reason TEXT)");
            s.execute("CREATE TABLE IF NOT EXISTS warc_files (name TEXT PRIMARY KEY, safe_length INTEGER NOT NULL)");
            // pages found but not yet fetched: a run cut short (killed, or --max-pages) resumes from here even
            // when its sources answer 304 next time
            // the sources a source led to, so an unchanged sitemap index (304) still leads to its changed sitemaps
            s.execute("CREATE TABLE IF NOT EXISTS source_children (source TEXT NOT NULL, child TEXT NOT NULL, "
                    + "PRIMARY KEY (source, child))");
            s.execute("CREATE TABLE IF NOT EXISTS frontier (url TEXT PRIMARY KEY, modified TEXT, seq INTEGER)");
        }
    }

    Optional<Entry> last(URI uri) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT fetched_at, outcome, etag, last_modified FROM fetches WHERE url = ?")) {
            q.setString(1, uri.toString());
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Entry(uri, Instant.parse(r.getString(1)), FetchOutcome.valueOf(r.getString(2)),
                        new Validators(r.getString(3), r.getString(4))));
            }
        }
    }

    synchronized void enqueue(Discovery.Link page) throws SQLException {
        try (PreparedStatement u = db.prepareStatement("INSERT INTO frontier VALUES (?, ?, "
                + "(SELECT coalesce(max(seq), 0) + 1 FROM frontier)) ON CONFLICT(url) DO NOTHING")) {
            u.setString(1, page.uri().toString());
            u.setString(2, page.modified() == null ? null : page.modified().toString());
            u.executeUpdate();
        }
    }

    synchronized void rememberChildren(URI source, List<URI> children) throws SQLException {
        inTransaction(() -> {
            try (PreparedStatement d = db.prepareStatement("DELETE FROM source_children WHERE source = ?");
                 PreparedStatement i = db.prepareStatement("INSERT OR IGNORE INTO source_children VALUES (?, ?)")) {
                d.setString(1, source.toString());
                d.executeUpdate();
                for (URI child : children) {
                    i.setString(1, source.toString());
                    i.setString(2, child.toString());
                    i.executeUpdate();
                }
            }
        });
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    private void inTransaction(Work work) throws SQLException {
        db.setAutoCommit(false);
        try {
            work.run();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    List<URI> children(URI source) throws SQLException {
        List<URI> children = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT child FROM source_children WHERE source = ? ORDER BY rowid")) {
            q.setString(1, source.toString());
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    children.add(URI.create(r.getString(1)));
                }
            }
        }
        return children;
    }

    /** Pages found and not yet fetched, in the order they were found. */
    List<Discovery.Link> frontier() throws SQLException {
        List<Discovery.Link> pages = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT url, modified FROM frontier ORDER BY seq")) {
            while (r.next()) {
                pages.add(new Discovery.Link(URI.create(r.getString(1)),
                        r.getString(2) == null ? null : Instant.parse(r.getString(2))));
            }
        }
        return pages;
    }

    /**
     * Records a fetch and, in the same transaction, how far its WARC file is now safely written; a fetch whose
     * body went to no WARC file passes null.
     */
    synchronized void record(Fetch fetch, String warcName, long warcLength) throws SQLException {
        inTransaction(() -> {
            try (PreparedStatement u = db.prepareStatement("INSERT INTO fetches VALUES (?,?,?,?,?,?,?) ON CONFLICT(url) "
                    + "DO UPDATE SET fetched_at=excluded.fetched_at, outcome=excluded.outcome, status=excluded.status, "
                    + "etag=coalesce(excluded.etag, fetches.etag), "
                    + "last_modified=coalesce(excluded.last_modified, fetches.last_modified), reason=excluded.reason")) {
                u.setString(1, fetch.requested().toString());
                u.setString(2, fetch.at().toString());
                u.setString(3, fetch.outcome().name());
                u.setInt(4, fetch.status());
                u.setString(5, fetch.header("etag").orElse(null));
                u.setString(6, fetch.header("last-modified").orElse(null));
                u.setString(7, fetch.reason());
                u.executeUpdate();
            }
            if (warcName != null) {
                markSafe(warcName, warcLength);
            }
            try (PreparedStatement d = db.prepareStatement("DELETE FROM frontier WHERE url = ?")) {
                d.setString(1, fetch.requested().toString());
                d.executeUpdate();
            }
        });
    }

    synchronized void markSafe(String warcName, long length) throws SQLException {
        try (PreparedStatement u = db.prepareStatement("INSERT INTO warc_files VALUES (?, ?) "
                + "ON CONFLICT(name) DO UPDATE SET safe_length = excluded.safe_length")) {
            u.setString(1, warcName);
            u.setLong(2, length);
            u.executeUpdate();
        }
    }

    /** Every WARC file this folder wrote, with the length up to which its records are known complete. */
    Map<String, Long> safeLengths() throws SQLException {
        Map<String, Long> lengths = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT name, safe_length FROM warc_files")) {
            while (r.next()) {
                lengths.put(r.getString(1), r.getLong(2));
            }
        }
        return lengths;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
