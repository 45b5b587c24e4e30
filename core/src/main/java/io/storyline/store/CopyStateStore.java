package io.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.clean.IsoPeriod;
import io.storyline.resolve.copy.CopyLink;
import io.storyline.resolve.copy.DocumentState;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the copy stage keeps between runs ({@code copy_states}, {@code copy_word_counts}): each article's state in
 * the copy detector with the key of the inputs it was found from and the link that makes it a copy, and how many
 * articles that copy nothing contain each word. Also the narrow reads the stage makes of the articles (dates,
 * texts), which spare it the annotations. Derived data: deleting both tables costs one full run.
 */
public final class CopyStateStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Connection db;
    /** The store's own monitor: one SQLite connection must not be used by two threads at once. */
    private final Object lock;

    /**
     * One stored article as the copy stage sees it, in order of arrival.
     *
     * @param published the first day its publication date can mean, or null
     * @param inputKey  the key its state was kept under, or null when none is kept
     * @param kept      the state kept for it (its published date is the article's now), or null
     */
    public record Row(long seq, String articleId, LocalDate published, String inputKey, DocumentState kept) {
    }

    /** A state to keep, under the key of its inputs, with the link that makes the article a copy (or null). */
    public record Keep(String inputKey, DocumentState state, CopyLink link) {
    }

    /** An article's text, in order of arrival. */
    public record ArticleText(long seq, String articleId, String text) {
    }

    /** A kept row that cannot be read (damaged outside Storyline, or written by another build): find all again. */
    public static final class UnreadableState extends RuntimeException {
        public UnreadableState(String message, Throwable cause) {
            super(message, cause);
        }
    }

    CopyStateStore(Connection db, Object lock) {
        this.db = db;
        this.lock = lock;
    }

    /** Every article in order of arrival with what is kept of it (signatures of indexed articles only). */
    public List<Row> rows() throws SQLException {
        synchronized (lock) {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT p.seq, p.id, a.published, c.input_key, c.root, c.signature, c.indexed_spun, c.spin_weight
                    FROM pages p JOIN articles a ON a.page_id = p.id LEFT JOIN copy_states c ON c.article_id = p.id
                    ORDER BY p.seq""")) {
                List<Row> out = new ArrayList<>();
                while (rs.next()) {
                    String id = rs.getString(2);
                    String published = rs.getString(3);
                    LocalDate day = published == null ? null : IsoPeriod.firstDay(published);
                    String key = rs.getString(4);
                    DocumentState kept = null;
                    if (key != null) {
                        String root = rs.getString(5);
                        int[] signature = ints(rs.getBytes(6));
                        int indexedSpun = rs.getInt(7);
                        float spin = (float) rs.getDouble(8);
                        kept = new DocumentState(id, day, root, signature, indexedSpun, rs.wasNull() ? Float.NaN : spin);
                    }
                    out.add(new Row(rs.getLong(1), id, day, key, kept));
                }
                return out;
            }
        }
    }

    /** The links kept for these articles, by article (those without one are left out); {@link UnreadableState} if damaged. */
    public Map<String, CopyLink> links(Collection<String> articleIds) throws SQLException {
        synchronized (lock) {
            Map<String, CopyLink> out = new HashMap<>();
            try (PreparedStatement s = db.prepareStatement("SELECT link FROM copy_states WHERE article_id = ?")) {
                for (String id : articleIds) {
                    s.setString(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next() && rs.getString(1) != null) {
                            out.put(id, JSON.readValue(rs.getString(1), CopyLink.class));
                        }
                    }
                }
            } catch (JsonProcessingException e) {
                throw new UnreadableState("unreadable kept copy link: " + e.getMessage(), e);
            }
            return out;
        }
    }

    /** Keeps these states, replacing the articles' earlier ones. */
    public void put(List<Keep> states) throws SQLException {
        synchronized (lock) {
            Transactions.run(db, () -> {
                try (PreparedStatement s = db.prepareStatement("INSERT OR REPLACE INTO copy_states(article_id,"
                        + " input_key, root, signature, indexed_spun, spin_weight, link) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (Keep k : states) {
                        DocumentState state = k.state();
                        s.setString(1, state.id());
                        s.setString(2, k.inputKey());
                        s.setString(3, state.root());
                        s.setBytes(4, bytes(state.signature()));
                        s.setInt(5, state.indexedSpun());
                        if (Float.isNaN(state.spinWeight())) {
                            s.setNull(6, Types.REAL);
                        } else {
                            s.setDouble(6, state.spinWeight());
                        }
                        s.setString(7, k.link() == null ? null : JSON.writeValueAsString(k.link()));
                        s.addBatch();
                    }
                    s.executeBatch();
                } catch (JsonProcessingException e) {
                    throw new SQLException(e);
                }
            });
        }
    }

    /** Forgets every kept state and word count, before a run that finds the copies from scratch. */
    public void clear() throws SQLException {
        synchronized (lock) {
            Transactions.run(db, () -> {
                try (Statement s = db.createStatement()) {
                    s.execute("DELETE FROM copy_states");
                    s.execute("DELETE FROM copy_word_counts");
                }
            });
        }
    }

    /** How many kept articles that copy nothing contain the word. */
    public int wordCount(String word) throws SQLException {
        synchronized (lock) {
            try (PreparedStatement s = db.prepareStatement("SELECT documents FROM copy_word_counts WHERE word = ?")) {
                s.setString(1, word);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        }
    }

    /** Adds these counts (of newly kept articles) to the kept ones. */
    public void addWordCounts(Map<String, Integer> counts) throws SQLException {
        synchronized (lock) {
            Transactions.run(db, () -> {
                try (PreparedStatement s = db.prepareStatement("INSERT INTO copy_word_counts(word, documents)"
                        + " VALUES (?, ?) ON CONFLICT(word) DO UPDATE SET documents = documents + excluded.documents")) {
                    for (var count : counts.entrySet()) {
                        s.setString(1, count.getKey());
                        s.setInt(2, count.getValue());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            });
        }
    }

    /** Texts of the articles stored after {@code afterSeq}, in order of arrival, at most {@code limit}. */
    public List<ArticleText> textsAfter(long afterSeq, int limit) throws SQLException {
        synchronized (lock) {
            try (PreparedStatement s = db.prepareStatement("SELECT p.seq, p.id, a.text FROM pages p"
                    + " JOIN articles a ON a.page_id = p.id WHERE p.seq > ? ORDER BY p.seq LIMIT ?")) {
                s.setLong(1, afterSeq);
                s.setInt(2, limit);
                List<ArticleText> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ArticleText(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
                return out;
            }
        }
    }

    /** One article's text, or null when there is no such article. */
    public String text(String articleId) throws SQLException {
        synchronized (lock) {
            try (PreparedStatement s = db.prepareStatement("SELECT text FROM articles WHERE page_id = ?")) {
                s.setString(1, articleId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        }
    }

    private static byte[] bytes(int[] values) {
        if (values == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate(4 * values.length);
        buffer.asIntBuffer().put(values);
        return buffer.array();
    }

    private static int[] ints(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        int[] values = new int[bytes.length / 4];
        ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return values;
    }
}
