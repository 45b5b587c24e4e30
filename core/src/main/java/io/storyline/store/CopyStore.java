package io.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.resolve.copy.CopyKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/** Which articles copy which: replaced as a whole when copies are found from scratch, else per changed article. */
public final class CopyStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Connection db;
    /** The store's own monitor: one SQLite connection must not be used by two threads at once. */
    private final Object lock;

    CopyStore(Connection db, Object lock) {
        this.db = db;
        this.lock = lock;
    }

    /** Replaces every copy record in one transaction. */
    public void replace(List<CopyRecord> copies) throws SQLException {
        synchronized (lock) {
            Transactions.run(db, () -> {
                try (Statement clear = db.createStatement()) {
                    clear.execute("DELETE FROM copies");
                }
                put(copies);
            });
        }
    }

    /** Stores these records, replacing the articles' earlier ones (the others stay). */
    public void put(List<CopyRecord> copies) throws SQLException {
        synchronized (lock) {
            Transactions.run(db, () -> {
                try (PreparedStatement insert = db.prepareStatement("INSERT OR REPLACE INTO copies(article_id, copy_of,"
                        + " kind, score, evidence, substitutions) VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (CopyRecord c : copies) {
                        insert.setString(1, c.articleId());
                        insert.setString(2, c.copyOf());
                        insert.setString(3, c.kind().label());
                        insert.setDouble(4, c.score());
                        insert.setString(5, c.evidence());
                        insert.setString(6, JSON.writeValueAsString(c.substitutions()));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                } catch (JsonProcessingException e) {
                    throw new SQLException(e);
                }
            });
        }
    }

    /** Whether, and of what, an article is a copy. */
    public Optional<CopyRecord> of(String articleId) throws SQLException {
        synchronized (lock) {
            try (PreparedStatement s = db.prepareStatement(
                    "SELECT copy_of, kind, score, evidence, substitutions FROM copies WHERE article_id = ?")) {
                s.setString(1, articleId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    List<String> subs = JSON.readValue(rs.getString(5), new TypeReference<List<String>>() { });
                    return Optional.of(new CopyRecord(articleId, rs.getString(1), CopyKind.ofLabel(rs.getString(2)), rs.getDouble(3),
                            rs.getString(4), subs));
                } catch (JsonProcessingException e) {
                    throw new SQLException("unreadable copy record: " + e.getMessage(), e);
                }
            }
        }
    }
}
