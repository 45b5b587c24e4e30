package io.storyline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The pages as read, and what ingest keeps beside them: the files read to their end, the places each page was seen, and how many text pages share each line. */
final class PageTables {
    private final Connection db;

    PageTables(Connection db) {
        this.db = db;
    }

    /** Whether a page with this id is stored. */
    boolean hasPage(String id) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT 1 FROM pages WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Whether this file, at this size and modification time, was read to its end before. */
    boolean fileFinished(String path, long size, long modified) throws SQLException {
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

    void markFileFinished(String path, long size, long modified) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "INSERT OR REPLACE INTO ingested_files(path, size, modified, finished_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, path);
            s.setLong(2, size);
            s.setLong(3, modified);
            s.setString(4, Instant.now().toString());
            s.executeUpdate();
        }
    }

    long pageCount() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM pages")) {
            return rs.getLong(1);
        }
    }

    long maxSeq() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM pages")) {
            return rs.getLong(1);
        }
    }

    /** Text pages stored so far. */
    int textPageCount() throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pages WHERE format = 'TEXT'")) {
            return rs.getInt(1);
        }
    }

    /** On how many text pages a line with this hash occurs. */
    int linePages(long hash) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT pages FROM line_counts WHERE line_hash = ?")) {
            s.setLong(1, hash);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Ids of the pages stored after {@code since} (an ISO instant), in order of arrival. */
    List<String> pagesIngestedAfter(java.time.Instant since) throws SQLException {
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

    /** Ids of stored pages that have no article (a store damaged outside Storyline: every save writes both). */
    List<String> pagesWithoutArticle() throws SQLException {
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
    Map<String, Long> pageSeqs() throws SQLException {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id, seq FROM pages ORDER BY seq")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    /** Every place a page was seen, first one first. */
    List<String> sources(String id) throws SQLException {
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
}
