package io.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.events.Event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The events in the store: replaced as a whole after each event resolution. */
public final class EventStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Connection db;
    /** The store's own monitor: one SQLite connection must not be used by two threads at once. */
    private final Object lock;

    EventStore(Connection db, Object lock) {
        this.db = db;
        this.lock = lock;
    }

    /** Replaces every event in one transaction. */
    public void replace(List<Event> events) throws SQLException {
        synchronized (lock) {
            Transactions.run(db, () -> {
                try (Statement clear = db.createStatement();
                     PreparedStatement event = db.prepareStatement(
                             "INSERT OR REPLACE INTO events(id, type, status, start, end, json) VALUES (?, ?, ?, ?, ?, ?)");
                     PreparedStatement entity = db.prepareStatement(
                             "INSERT OR IGNORE INTO event_entities(event_id, entity_id, role) VALUES (?, ?, ?)")) {
                    clear.execute("DELETE FROM events");
                    clear.execute("DELETE FROM event_entities");
                    for (Event e : events) {
                        event.setString(1, e.id());
                        event.setString(2, e.type());
                        event.setString(3, e.status());
                        event.setString(4, e.sortDate());
                        event.setString(5, e.end());
                        event.setString(6, JSON.writeValueAsString(e));
                        event.addBatch();
                        for (String a : e.actors()) {
                            bind(entity, e.id(), a, "actor");
                        }
                        for (String t : e.targets()) {
                            bind(entity, e.id(), t, "target");
                        }
                        if (e.place() != null) {
                            bind(entity, e.id(), e.place(), "place");
                        }
                    }
                    event.executeBatch();
                    entity.executeBatch();
                } catch (JsonProcessingException e) {
                    throw new SQLException(e);
                }
            });
        }
    }

    private static void bind(PreparedStatement s, String event, String entity, String role) throws SQLException {
        s.setString(1, event);
        s.setString(2, entity);
        s.setString(3, role);
        s.addBatch();
    }

    /**
     * Events in time order (undated last); each filter applies when not null: an entity id taking part in any role,
     * a type, and dates ({@code from}, {@code to} as ISO prefixes compared with the event's start).
     */
    public List<Event> list(String entityId, String type, String from, String to) throws SQLException {
        synchronized (lock) {
            try (PreparedStatement s = db.prepareStatement("SELECT json FROM events e WHERE (? IS NULL OR type = ?)"
                    + " AND (? IS NULL OR coalesce(end, start) >= ?) AND (? IS NULL OR start <= ?)"
                    + " AND (? IS NULL OR EXISTS (SELECT 1 FROM event_entities x WHERE x.event_id = e.id"
                    + " AND x.entity_id = ?)) ORDER BY start IS NULL, start, id")) {
                s.setString(1, type);
                s.setString(2, type);
                s.setString(3, from);
                s.setString(4, from);
                s.setString(5, to);
                s.setString(6, to == null ? null : to + "\uffff");
                s.setString(7, entityId);
                s.setString(8, entityId);
                return JsonRows.read(s, Event.class);
            }
        }
    }
}
