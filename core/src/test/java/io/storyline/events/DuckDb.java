package io.storyline.events;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** DuckDB in memory, the independent reader that checks the files our exports write. */
public final class DuckDb {
    private DuckDb() {
    }

    /** The rows of a query, each as column label to value. */
    public static List<Map<String, Object>> query(String sql) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** Column name to DuckDB type of a Parquet file, as DESCRIBE tells. */
    public static Map<String, String> parquetTypes(Path file) throws Exception {
        Map<String, String> types = new LinkedHashMap<>();
        for (Map<String, Object> row : query("DESCRIBE SELECT * FROM read_parquet('" + file + "')")) {
            types.put((String) row.get("column_name"), (String) row.get("column_type"));
        }
        return types;
    }
}
