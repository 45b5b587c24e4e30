package io.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Tables that keep each record as JSON in their first selected column: entities, events, stories. */
final class JsonRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonRows() {
    }

    static <T> List<T> read(PreparedStatement query, Class<T> type) throws SQLException {
        List<T> out = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                try {
                    out.add(JSON.readValue(rs.getString(1), type));
                } catch (JsonProcessingException e) {
                    throw new SQLException("unreadable " + type.getSimpleName() + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }
}
