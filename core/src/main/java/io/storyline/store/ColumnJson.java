package io.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON of the store's nested columns (removed blocks, annotations, evidence, failures): one mapper and one
 * error for a column that cannot be read, whether the row comes from the SQLite file or from a cluster's Parquet.
 */
final class ColumnJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ColumnJson() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of column {@code column}, named in the error when its JSON cannot be read. */
    static <T> T read(String json, TypeReference<T> type, String column) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable " + column + " column: " + e.getMessage(), e);
        }
    }
}
