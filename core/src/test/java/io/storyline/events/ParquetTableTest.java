package io.storyline.events;

import io.storyline.events.ParquetTable.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.storyline.events.ParquetTable.Type.BOOLEAN;
import static io.storyline.events.ParquetTable.Type.DATE;
import static io.storyline.events.ParquetTable.Type.DOUBLE;
import static io.storyline.events.ParquetTable.Type.INT32;
import static io.storyline.events.ParquetTable.Type.INT64;
import static io.storyline.events.ParquetTable.Type.STRING;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The files ParquetTable writes, read back by DuckDB: an independent reader of the format. */
class ParquetTableTest {
    private static final List<Column> COLUMNS = List.of(Column.required("actor", STRING), Column.optional("place", STRING),
            Column.required("sources", INT32), Column.optional("mentions", INT64), Column.optional("confidence", DOUBLE),
            Column.optional("disputed", BOOLEAN), Column.optional("day", DATE));

    @TempDir
    Path tmp;

    private Path write(List<List<Object>> rows) throws Exception {
        Path file = tmp.resolve("table.parquet");
        try (OutputStream out = Files.newOutputStream(file)) {
            ParquetTable.write(COLUMNS, rows, out);
        }
        return file;
    }

    @Test
    void writesTypedColumnsThatDuckDbReadsWithTheirTypes() throws Exception {
        Path file = write(List.of(Arrays.asList("Ålesund", "Lima", 3, 12L, 0.75, true, LocalDate.of(2023, 1, 30))));
        assertEquals(Map.of("actor", "VARCHAR", "place", "VARCHAR", "sources", "INTEGER", "mentions", "BIGINT",
                "confidence", "DOUBLE", "disputed", "BOOLEAN", "day", "DATE"), DuckDb.parquetTypes(file));
        Map<String, Object> row = DuckDb.query("SELECT actor, place, sources, mentions, confidence, disputed, CAST(day AS VARCHAR) AS day "
                + "FROM read_parquet('" + file + "')").get(0);
        assertEquals("Ålesund", row.get("actor"));
        assertEquals("Lima", row.get("place"));
        assertEquals(3, row.get("sources"));
        assertEquals(12L, row.get("mentions"));
        assertEquals(0.75, row.get("confidence"));
        assertEquals(true, row.get("disputed"));
        assertEquals("2023-01-30", row.get("day"));
    }

    @Test
    void writesEmptyCellsAsRealNulls() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 21; i++) { // more than eight booleans, runs of nulls and values of several lengths
            boolean empty = i % 3 == 1 || (i >= 10 && i < 15);
            rows.add(Arrays.asList("actor " + i, empty ? null : "place " + i, i, empty ? null : (long) i * 1_000_000_000_000L,
                    empty ? null : i / 4.0, empty ? null : i % 2 == 0, empty ? null : LocalDate.of(2020, 1, 1).plusDays(i)));
        }
        Path file = write(rows);
        List<Map<String, Object>> read = DuckDb.query("SELECT actor, place, sources, mentions, confidence, disputed, "
                + "CAST(day AS VARCHAR) AS day FROM read_parquet('" + file + "')");
        assertEquals(rows.size(), read.size());
        for (int i = 0; i < rows.size(); i++) {
            List<Object> expected = rows.get(i);
            Map<String, Object> got = read.get(i);
            assertEquals(expected.get(0), got.get("actor"));
            assertEquals(expected.get(1), got.get("place"), "row " + i);
            assertEquals(expected.get(2), got.get("sources"));
            assertEquals(expected.get(3), got.get("mentions"), "row " + i);
            assertEquals(expected.get(4), got.get("confidence"), "row " + i);
            assertEquals(expected.get(5), got.get("disputed"), "row " + i);
            assertEquals(expected.get(6) == null ? null : expected.get(6).toString(), got.get("day"), "row " + i);
        }
        Map<String, Object> counts = DuckDb.query("SELECT count(*) - count(place) AS nulls, count(*) FILTER (WHERE place = '') AS blanks "
                + "FROM read_parquet('" + file + "')").get(0);
        assertEquals(rows.stream().filter(r -> r.get(1) == null).count(), counts.get("nulls"));
        assertEquals(0L, counts.get("blanks"), "an empty cell is null, not an empty string");
    }

    @Test
    void writesATableWithoutRows() throws Exception {
        Path file = write(List.of());
        assertEquals(0L, DuckDb.query("SELECT count(*) AS n FROM read_parquet('" + file + "')").get(0).get("n"));
        assertEquals("INTEGER", DuckDb.parquetTypes(file).get("sources"));
    }

    @Test
    void refusesACellThatDoesNotFitItsColumn() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> ParquetTable.write(COLUMNS,
                List.of(Arrays.asList(null, null, 1, null, null, null, null)), out));
        assertTrue(missing.getMessage().contains("actor"), missing.getMessage());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> ParquetTable.write(COLUMNS,
                List.of(Arrays.asList("a", null, "three", null, null, null, null)), out));
        assertTrue(wrong.getMessage().contains("sources"), wrong.getMessage());
    }

    @Test
    void encodesDefinitionLevelsAsRuns() {
        assertArrayEquals(new byte[] {2 << 1, 1, 1 << 1, 0, 1 << 1, 1},
                ParquetTable.definitionLevels(new boolean[] {true, true, false, true}));
    }
}
