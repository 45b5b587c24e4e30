package io.storyline.events;

import io.storyline.contract.ContractJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.clean.IsoPeriod;
import io.storyline.events.ParquetTable.Column;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static io.storyline.events.ParquetTable.Type.BOOLEAN;
import static io.storyline.events.ParquetTable.Type.DATE;
import static io.storyline.events.ParquetTable.Type.DOUBLE;
import static io.storyline.events.ParquetTable.Type.INT32;
import static io.storyline.events.ParquetTable.Type.STRING;

/**
 * Events as rows of GDELT-like dyadic columns (actor, action, target, date, place, sources) for CSV and Parquet, and
 * as JSON Lines with every field. A row's cells are typed (counts are integers, confidence a double, the days an
 * event spans dates) and null where the event has no value, so Parquet gets real nulls and CSV empty cells.
 * CSV quoting is RFC 4180 (a field with a comma, quote or line break is quoted), and a text cell that a spreadsheet
 * would run as a formula (it starts with = + - @, a tab or a carriage return) gets a leading ' (OWASP's advice on
 * CSV injection): event text comes from crawled pages, which anyone can write.
 */
public final class DyadicExport {
    /**
     * The columns. {@code date} and {@code end} keep the ISO date at its granularity ("2023-07"); {@code first_day}
     * and {@code last_day} are the days it spans, as dates, for range queries. Actor and target country (ISO 3166
     * alpha-3, as the Phoenix dictionaries code them) and type (sector: GOV, COP, MIL, REB, BUS…) follow GDELT's
     * Actor1CountryCode / Actor1Type1Code; {@code main} marks an article's headline event, as GDELT's IsRootEvent.
     */
    public static final List<Column> COLUMNS = List.of(Column.required("id", STRING), Column.optional("date", STRING),
            Column.optional("end", STRING), Column.optional("actor", STRING), Column.optional("actor_ids", STRING),
            Column.required("action", STRING), Column.optional("mode", STRING), Column.optional("status", STRING),
            Column.optional("target", STRING), Column.optional("target_ids", STRING), Column.optional("place", STRING),
            Column.optional("place_id", STRING), Column.optional("sources", STRING),
            Column.required("source_count", INT32), Column.optional("disputed", STRING),
            Column.optional("summary", STRING), Column.required("confidence", DOUBLE),
            Column.optional("first_day", DATE), Column.optional("last_day", DATE),
            Column.optional("actor_country", STRING), Column.optional("actor_type", STRING),
            Column.optional("target_country", STRING), Column.optional("target_type", STRING),
            Column.required("main", BOOLEAN));
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final ObjectMapper JSON = ContractJson.MAPPER;

    private DyadicExport() {
    }

    /** One event's cells, in the order of {@link #COLUMNS}; null where the event has no value. */
    public static List<Object> row(Event e) {
        String last = e.end() != null ? e.end() : e.start();
        return Arrays.asList(e.id(), e.start(), e.end(), joined("; ", e.actorNames()), joined(";", e.actors()),
                e.type(), e.mode(), e.status(), joined("; ", e.targetNames()), joined(";", e.targets()),
                e.placeName(), e.place(),
                e.sources().isEmpty() ? null : e.sources().stream()
                        .map(s -> s.outlet() == null ? s.article() : s.outlet() + " " + s.article())
                        .collect(Collectors.joining("; ")),
                e.sources().size(), e.disputed() == null || e.disputed().isEmpty() ? null : String.join(";", e.disputed().keySet()),
                e.summary(), e.confidence(),
                e.start() != null && IsoPeriod.isValid(e.start()) ? IsoPeriod.firstDay(e.start()) : null,
                last != null && IsoPeriod.isValid(last) ? IsoPeriod.lastDay(last) : null,
                e.actorCountry(), e.actorSector(), e.targetCountry(), e.targetSector(), e.main());
    }

    private static String joined(String separator, List<String> values) {
        return values.isEmpty() ? null : String.join(separator, values);
    }

    public static void parquet(List<Event> events, java.io.OutputStream out) throws IOException {
        ParquetTable.write(COLUMNS, events.stream().map(DyadicExport::row).toList(), out);
    }

    public static void csv(List<Event> events, Writer out) throws IOException {
        out.write(csvLine(COLUMNS.stream().map(Column::name).map(Object.class::cast).toList()));
        for (Event e : events) {
            out.write(csvLine(row(e)));
        }
        out.flush();
    }

    public static void jsonLines(List<Event> events, Writer out) throws IOException {
        for (Event e : events) {
            out.write(JSON.writeValueAsString(e));
            out.write('\n');
        }
        out.flush();
    }

    static String csvLine(List<?> cells) {
        return cells.stream().map(DyadicExport::csvCell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** Numbers and dates as written; text neutralised against formulas, then quoted if needed; null empty. */
    static String csvCell(Object cell) {
        if (cell == null) {
            return "";
        }
        if (!(cell instanceof CharSequence)) {
            return cell.toString();
        }
        String s = cell.toString();
        if (!s.isEmpty() && FORMULA_STARTS.indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
