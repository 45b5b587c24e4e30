package io.storyline.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Events as rows of GDELT-like dyadic columns (actor, action, target, date, place, sources) for CSV, and as JSON
 * Lines with every field. CSV quoting is RFC 4180: a field with a comma, quote or line break is quoted.
 */
public final class DyadicExport {
    public static final List<String> COLUMNS = List.of("id", "date", "end", "actor", "actor_ids", "action", "mode",
            "status", "target", "target_ids", "place", "place_id", "sources", "source_count", "disputed", "summary",
            "actor_country", "actor_type", "target_country", "target_type", "main");
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private DyadicExport() {
    }

    public static List<String> row(Event e) {
        return List.of(e.id(), nz(e.start()), nz(e.end()), String.join("; ", e.actorNames()), String.join(";", e.actors()),
                e.type(), nz(e.mode()), e.status(), String.join("; ", e.targetNames()), String.join(";", e.targets()),
                nz(e.placeName()), nz(e.place()),
                e.sources().stream().map(s -> s.outlet() == null ? s.article() : s.outlet() + " " + s.article())
                        .collect(Collectors.joining("; ")),
                String.valueOf(e.sources().size()), e.disputed() == null ? "" : String.join(";", e.disputed().keySet()),
                e.summary(), nz(e.actorCountry()), nz(e.actorSector()), nz(e.targetCountry()), nz(e.targetSector()),
                String.valueOf(e.main()));
    }

    public static void csv(List<Event> events, Writer out) throws IOException {
        out.write(csvLine(COLUMNS));
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

    static String csvLine(List<String> cells) {
        return cells.stream().map(DyadicExport::csvCell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
