package io.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.storyline.events.EventMention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each article's coded event mentions, kept so that the event stage codes (parses) only articles whose inputs or
 * whose answers about the resolved entities changed since. Derived data: deleting the table costs one slow run.
 */
public final class EventCodingStore {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final TypeReference<List<List<String>>> QUESTIONS = new TypeReference<>() { };
    private static final TypeReference<List<EventMention>> MENTIONS = new TypeReference<>() { };
    private final Connection db;
    /** The store's own monitor: one SQLite connection must not be used by two threads at once. */
    private final Object lock;

    /**
     * One article's coding.
     *
     * @param inputKey  the digest of the article's inputs to coding
     * @param questions what coding asked of the resolved entities, with the answers' fingerprints
     */
    public record EventCoding(String articleId, String inputKey, List<List<String>> questions,
                              List<EventMention> mentions) {
    }

    EventCodingStore(Connection db, Object lock) {
        this.db = db;
        this.lock = lock;
    }

    /**
     * The codings kept for the articles with sequence numbers in ({@code afterSeq}, {@code toSeq}], by article. A row
     * that cannot be read (damaged outside Storyline, or written by another build) is left out, so its article is
     * coded again and the row replaced: the table is derived, never the only copy of anything.
     */
    public Map<String, EventCoding> between(long afterSeq, long toSeq) throws SQLException {
        synchronized (lock) {
            try (PreparedStatement s = db.prepareStatement("SELECT e.article_id, e.input_key, e.questions, e.mentions"
                    + " FROM event_codings e JOIN pages p ON p.id = e.article_id WHERE p.seq > ? AND p.seq <= ?")) {
                s.setLong(1, afterSeq);
                s.setLong(2, toSeq);
                Map<String, EventCoding> out = new HashMap<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        try {
                            out.put(id, new EventCoding(id, rs.getString(2), JSON.readValue(rs.getString(3), QUESTIONS),
                                    JSON.readValue(rs.getString(4), MENTIONS)));
                        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
                            // coded again below
                        }
                    }
                }
                return out;
            }
        }
    }

    /** Keeps these codings, made when the store's last page was {@code codedSeq}, replacing the articles' earlier ones. */
    public void put(List<EventCoding> codings, long codedSeq) throws SQLException {
        synchronized (lock) {
            Transactions.run(db, () -> {
                try (PreparedStatement s = db.prepareStatement("INSERT OR REPLACE INTO event_codings(article_id,"
                        + " input_key, questions, mentions, coded_seq) VALUES (?, ?, ?, ?, ?)")) {
                    for (EventCoding c : codings) {
                        s.setString(1, c.articleId());
                        s.setString(2, c.inputKey());
                        s.setString(3, JSON.writeValueAsString(c.questions()));
                        s.setString(4, JSON.writeValueAsString(c.mentions()));
                        s.setLong(5, codedSeq);
                        s.addBatch();
                    }
                    s.executeBatch();
                } catch (JsonProcessingException e) {
                    throw new SQLException(e);
                }
            });
        }
    }
}
