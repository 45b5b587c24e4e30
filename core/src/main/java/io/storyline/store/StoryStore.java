package io.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.resolve.story.Story;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/** The stories and the story of each article: replaced as a whole after each grouping. */
public final class StoryStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Connection db;
    /** The store's own monitor: one SQLite connection must not be used by two threads at once. */
    private final Object lock;

    StoryStore(Connection db, Object lock) {
        this.db = db;
        this.lock = lock;
    }

    /** Replaces every story and the story of every article in one transaction. */
    public void replace(List<Story> stories) throws SQLException {
        synchronized (lock) {
            Transactions.run(db, () -> {
                try (Statement clear = db.createStatement();
                     PreparedStatement story = db.prepareStatement("INSERT INTO stories(id, start, json) VALUES (?, ?, ?)");
                     PreparedStatement member = db.prepareStatement(
                             "INSERT OR REPLACE INTO article_stories(article_id, story_id) VALUES (?, ?)")) {
                    clear.execute("DELETE FROM stories");
                    clear.execute("DELETE FROM article_stories");
                    for (Story s : stories) {
                        story.setString(1, s.id());
                        story.setString(2, s.start());
                        story.setString(3, JSON.writeValueAsString(s));
                        story.addBatch();
                        for (String article : s.articles()) {
                            member.setString(1, article);
                            member.setString(2, s.id());
                            member.addBatch();
                        }
                    }
                    story.executeBatch();
                    member.executeBatch();
                } catch (JsonProcessingException e) {
                    throw new SQLException(e);
                }
            });
        }
    }

    /** Stories, latest first. */
    public List<Story> list(int limit, int offset) throws SQLException {
        synchronized (lock) {
            try (PreparedStatement s = db.prepareStatement(
                    "SELECT json FROM stories ORDER BY start DESC NULLS LAST, id LIMIT ? OFFSET ?")) {
                s.setInt(1, limit);
                s.setInt(2, offset);
                return JsonRows.read(s, Story.class);
            }
        }
    }

    public Optional<Story> get(String id) throws SQLException {
        synchronized (lock) {
            try (PreparedStatement s = db.prepareStatement("SELECT json FROM stories WHERE id = ?")) {
                s.setString(1, id);
                List<Story> found = JsonRows.read(s, Story.class);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        }
    }

    /** The story an article belongs to, or null before stories were grouped. */
    public String of(String articleId) throws SQLException {
        synchronized (lock) {
            try (PreparedStatement s = db.prepareStatement("SELECT story_id FROM article_stories WHERE article_id = ?")) {
                s.setString(1, articleId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        }
    }
}
