package io.storyline.cli;

import io.storyline.events.DyadicExport;
import io.storyline.events.Event;
import io.storyline.events.ParquetTable;
import io.storyline.query.EntityLookup;
import io.storyline.resolve.entity.Entity;
import io.storyline.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code storyline events}: who did what to whom, where, when, according to which sources. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Events in time order: type (PLOVER), actors, targets, place, dates, evidence and independent "
                + "sources (copies count once).",
                "--export FILE writes the GDELT-like dyadic table as .csv or .parquet, or every field as .jsonl, "
                        + "instead of printing the events."})
public final class EventsCommand implements Callable<Integer> {
    enum Format { json, csv, table }

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only events this entity (name, alias or id) takes part in.")
    String entity;

    @Option(names = "--type", paramLabel = "T", description = "Only events of this PLOVER type (CONSULT, SANCTION, …).")
    String type;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events ending on or after DATE (ISO, any precision).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only events starting on or before DATE.")
    String to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (JSON Lines, the default), csv (dyadic columns) or table. Values: ${COMPLETION-CANDIDATES}.")
    Format format = Format.json;

    @Option(names = "--export", paramLabel = "FILE", description = {"Write the events to FILE instead of printing them: "
            + ".csv, .parquet (typed dyadic columns) or .jsonl (every field); a one-line summary goes to stderr."})
    Path export;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Corpus corpus = data.open()) {
            String entityId = null;
            if (entity != null) {
                EntityLookup.Match found = EntityLookup.of(corpus).find(entity);
                if (!found.found()) {
                    spec.commandLine().getErr().println("storyline: " + found.problem());
                    return ExitCodes.USAGE;
                }
                entityId = found.entity().id();
            }
            List<Event> events = corpus.store().events().list(entityId,
                    type == null ? null : type.toUpperCase(Locale.ROOT), from, to);
            if (export != null) {
                return export(events, export); // the file is the output; the terminal gets a one-line summary
            }
            switch (format) {
                case json -> DyadicExport.jsonLines(events, out);
                case csv -> DyadicExport.csv(events, out);
                case table -> table(events, out);
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    private int export(List<Event> events, Path file) throws Exception {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".jsonl") && !name.endsWith(".json") && !name.endsWith(".parquet")) {
            spec.commandLine().getErr().println("storyline: --export takes a .csv, .jsonl or .parquet file");
            return ExitCodes.USAGE;
        }
        if (name.endsWith(".parquet")) {
            try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
                DyadicExport.parquet(events, out);
            }
        } else {
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                if (name.endsWith(".csv")) {
                    DyadicExport.csv(events, w);
                } else {
                    DyadicExport.jsonLines(events, w);
                }
            }
        }
        spec.commandLine().getErr().println("storyline: " + events.size() + " events written to " + file);
        return ExitCodes.OK;
    }

    static void table(List<Event> events, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        for (Event e : events) {
            rows.add(List.of(e.id(), date(e), e.type() + (e.mode() == null ? "" : "/" + e.mode()), e.status(),
                    String.valueOf(e.sources().size()), e.disputed() == null ? "" : "disputed " + e.disputed().keySet(),
                    e.summary()));
        }
        TextTable.print(List.of("ID", "DATE", "TYPE", "STATUS", "SOURCES", "NOTE", "SUMMARY"), rows, 70, out);
    }

    static String date(Event e) {
        if (e.start() == null) {
            return e.announced() == null ? "-" : "(announced " + e.announced() + ")";
        }
        String d = e.end() == null || e.end().equals(e.start()) ? e.start() : e.start() + "/" + e.end();
        return "article".equals(e.dateBasis()) ? "≤" + d : d;
    }
}
