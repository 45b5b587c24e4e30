package io.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.events.DuckDb;
import io.storyline.web.ServedCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code storyline events --export}: the file is the output, typed, with real nulls, read back by DuckDB. */
class EventsExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path data;

    @TempDir
    Path tmp;

    @BeforeAll
    static void corpus() throws Exception {
        data = ServedCorpus.copy();
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    private static List<JsonNode> events() throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (String line : run("events", "--data", data.toString()).out().split("\n")) {
            if (!line.isBlank()) {
                events.add(JSON.readTree(line));
            }
        }
        return events;
    }

    @Test
    void parquetExportHasTypedColumnsAndNullsWhereAnEventHasNoValue() throws Exception {
        List<JsonNode> events = events();
        assertTrue(events.size() >= 3, "the served pages report events");
        Path file = tmp.resolve("events.parquet");
        Run export = run("events", "--data", data.toString(), "--export", file.toString());
        assertEquals(0, export.exit(), export.err());
        assertEquals("", export.out(), "the events go to the file, not also to the terminal");
        assertEquals(1, export.err().strip().lines().count(), export.err());
        assertTrue(export.err().contains(events.size() + " events written to " + file), export.err());

        String table = "read_parquet('" + file + "')";
        Map<String, String> types = DuckDb.parquetTypes(file);
        assertEquals("INTEGER", types.get("source_count"));
        assertEquals("DOUBLE", types.get("confidence"));
        assertEquals("DATE", types.get("first_day"));
        assertEquals("VARCHAR", types.get("actor"));

        List<Map<String, Object>> rows = DuckDb.query("SELECT id, source_count, confidence, \"end\", mode, place, disputed, "
                + "CAST(first_day AS VARCHAR) AS first_day FROM " + table);
        assertEquals(events.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode event = events.get(i);
            Map<String, Object> row = rows.get(i);
            assertEquals(event.get("id").asText(), row.get("id"));
            assertEquals(event.get("sources").size(), row.get("source_count"));
            assertEquals(event.get("confidence").asDouble(), (Double) row.get("confidence"), 1e-9);
            for (String field : List.of("end", "mode", "place")) {
                assertEquals(event.path(field).isNull() || event.path(field).isMissingNode() ? null : "present",
                        row.get(field) == null ? null : "present", field + " of " + event.get("id"));
            }
            if (event.get("start").isNull()) {
                assertEquals(null, row.get("first_day"));
            } else {
                assertTrue(((String) row.get("first_day")).startsWith(event.get("start").asText().substring(0, 4)));
            }
        }
        Map<String, Object> counts = DuckDb.query("SELECT count(*) FILTER (WHERE disputed IS NULL) AS undisputed, "
                + "count(*) FILTER (WHERE disputed = '' OR place = '' OR mode = '' OR \"end\" = '') AS blanks FROM " + table).get(0);
        assertEquals(events.stream().filter(e -> e.get("disputed").isNull()).count(), counts.get("undisputed"));
        assertTrue((Long) counts.get("undisputed") > 0, "some events are undisputed: a null column to check");
        assertEquals(0L, counts.get("blanks"), "no empty strings stand for missing values");
    }

    @Test
    void csvExportWritesTheDyadicColumnsToTheFileOnly() throws Exception {
        Path file = tmp.resolve("events.csv");
        Run export = run("events", "--data", data.toString(), "--export", file.toString());
        assertEquals(0, export.exit(), export.err());
        assertEquals("", export.out());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("id,date,end,actor,actor_ids,action,"), lines.get(0));
        assertEquals((long) events().size(), DuckDb.query("SELECT count(*) AS n FROM read_csv('" + file + "')").get(0).get("n"));
    }
}
