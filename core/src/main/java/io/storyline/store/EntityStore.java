package io.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.resolve.entity.Correction;
import io.storyline.resolve.entity.Entity;
import io.storyline.resolve.entity.MentionLink;
import io.storyline.resolve.entity.Resolution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The resolved entities in the store: replaced as a whole after each resolution; corrections are kept apart. */
public final class EntityStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Connection db;
    /** The store's own monitor: one SQLite connection must not be used by two threads at once. */
    private final Object lock;

    EntityStore(Connection db, Object lock) {
        this.db = db;
        this.lock = lock;
    }

    /** Replaces every entity and mention link in one transaction. */
    public void replace(Resolution resolution) throws SQLException {
        synchronized (lock) {
            Transactions.run(db, () -> {
                try (Statement clear = db.createStatement();
                     PreparedStatement entity = db.prepareStatement(
                             "INSERT INTO entities(id, name, type, mentions, json) VALUES (?, ?, ?, ?, ?)");
                     PreparedStatement link = db.prepareStatement(
                             "INSERT OR REPLACE INTO entity_mentions(article_id, mention, entity_id) VALUES (?, ?, ?)")) {
                    clear.execute("DELETE FROM entities");
                    clear.execute("DELETE FROM entity_mentions");
                    for (Entity e : resolution.entities()) {
                        entity.setString(1, e.id());
                        entity.setString(2, e.name());
                        entity.setString(3, e.type());
                        entity.setInt(4, e.mentions());
                        entity.setString(5, JSON.writeValueAsString(e));
                        entity.addBatch();
                    }
                    entity.executeBatch();
                    for (MentionLink l : resolution.links()) {
                        link.setString(1, l.articleId());
                        link.setInt(2, l.mention());
                        link.setString(3, l.entityId());
                        link.addBatch();
                    }
                    link.executeBatch();
                } catch (JsonProcessingException e) {
                    throw new SQLException(e);
                }
            });
        }
    }

    /** Entities, most mentioned first; {@code type} and a case-insensitive name fragment filter when not null. */
    public List<Entity> list(String type, String nameContains, int limit, int offset) throws SQLException {
        synchronized (lock) {
            try (PreparedStatement s = db.prepareStatement("SELECT json FROM entities WHERE (? IS NULL OR type = ?)"
                    + " AND (? IS NULL OR json LIKE ?) ORDER BY mentions DESC, name LIMIT ? OFFSET ?")) {
                s.setString(1, type);
                s.setString(2, type);
                s.setString(3, nameContains);
                s.setString(4, nameContains == null ? null : "%" + nameContains.replace("%", "") + "%");
                s.setInt(5, limit);
                s.setInt(6, offset);
                return read(s);
            }
        }
    }

    public Optional<Entity> get(String id) throws SQLException {
        synchronized (lock) {
            try (PreparedStatement s = db.prepareStatement("SELECT json FROM entities WHERE id = ?")) {
                s.setString(1, id);
                List<Entity> found = read(s);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        }
    }

    /** The entity an id or a name (canonical or alias, any case) refers to; the most mentioned when several. */
    public Optional<Entity> find(String idOrName) throws SQLException {
        Optional<Entity> byId = get(idOrName);
        if (byId.isPresent()) {
            return byId;
        }
        synchronized (lock) {
            try (PreparedStatement s = db.prepareStatement(
                    "SELECT json FROM entities WHERE name = ? COLLATE NOCASE ORDER BY mentions DESC LIMIT 1")) {
                s.setString(1, idOrName);
                List<Entity> found = read(s);
                if (!found.isEmpty()) {
                    return Optional.of(found.get(0));
                }
            }
        }
        return list(null, idOrName, 50, 0).stream()
                .filter(e -> e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(idOrName))).findFirst();
    }

    /** Entity id of each mention index of an article. */
    public Map<Integer, String> linksOf(String articleId) throws SQLException {
        synchronized (lock) {
            try (PreparedStatement s = db.prepareStatement(
                    "SELECT mention, entity_id FROM entity_mentions WHERE article_id = ?")) {
                s.setString(1, articleId);
                Map<Integer, String> links = new HashMap<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        links.put(rs.getInt(1), rs.getString(2));
                    }
                }
                return links;
            }
        }
    }

    /** Keeps a correction; returns its id. */
    public long addCorrection(Correction correction) throws SQLException {
        synchronized (lock) {
            try (PreparedStatement s = db.prepareStatement(
                    "INSERT INTO entity_corrections(kind, left, right, made_at) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, correction.kind().name().toLowerCase(Locale.ROOT));
                s.setString(2, correction.left());
                s.setString(3, correction.right());
                s.setString(4, Instant.now().toString());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }
    }

    /** Forgets a correction; returns whether there was one with this id. */
    public boolean removeCorrection(long id) throws SQLException {
        synchronized (lock) {
            try (PreparedStatement s = db.prepareStatement("DELETE FROM entity_corrections WHERE seq = ?")) {
                s.setLong(1, id);
                return s.executeUpdate() == 1;
            }
        }
    }

    /** The corrections in the order they were made, which is the order they are applied in. */
    public List<Correction> corrections() throws SQLException {
        return storedCorrections().stream().map(StoredCorrection::correction).toList();
    }

    public List<StoredCorrection> storedCorrections() throws SQLException {
        synchronized (lock) {
            List<StoredCorrection> out = new ArrayList<>();
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT seq, kind, left, right, made_at FROM entity_corrections ORDER BY seq")) {
                while (rs.next()) {
                    out.add(new StoredCorrection(rs.getLong(1), new Correction(
                            Correction.Kind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)), rs.getString(3),
                            rs.getString(4)), rs.getString(5)));
                }
            }
            return out;
        }
    }

    private static List<Entity> read(PreparedStatement s) throws SQLException {
        return JsonRows.read(s, Entity.class);
    }
}
