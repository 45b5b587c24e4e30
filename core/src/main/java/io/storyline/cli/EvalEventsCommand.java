package io.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.eval.EventEvaluator;
import io.storyline.eval.EventScorer;
import io.storyline.eval.GoldEvent;
import io.storyline.eval.GoldEventFile;
import io.storyline.eval.SystemMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code storyline eval events GOLD}: the event stage scored on judged events ({@link EventEvaluator}). */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Event scores on a judged events gold (JSON Lines, one event a line; the format is in "
                + "core/src/test/resources/gold/events/README.md).",
                "The gold's articles are ingested into a fresh temporary data folder by the ingest pipeline, and the "
                        + "events found are matched to the gold: same article, overlapping sentence, then type.",
                "Prints one JSON object ending with headline_event_recall, all_event_recall, precision, "
                        + "type_accuracy, actor_accuracy and cross_source_merge."})
public final class EvalEventsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "GOLD", description = "events gold: a .jsonl file, or a folder holding events.jsonl")
    Path gold;

    @Option(names = "--split", defaultValue = "all", description = "dev, heldout or all (default: ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--misses", paramLabel = "FILE",
            description = "write the unmatched gold events and system mentions (JSON Lines) for error analysis")
    Path misses;

    @Option(names = "--shared", defaultValue = "../shared", paramLabel = "DIR",
            description = "the folder the gold's article paths are relative to (default: ${DEFAULT-VALUE})")
    Path shared;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "ingest into DIR (new or empty) and keep it, instead of a temporary folder")
    Path keep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        Path file = Files.isDirectory(gold) ? gold.resolve("events.jsonl") : gold;
        if (!Files.isRegularFile(file)) {
            err.println("storyline: GOLD is not a file: " + file);
            return ExitCodes.USAGE;
        }
        if (!List.of("dev", "heldout", "all").contains(split)) {
            err.println("storyline: --split must be dev, heldout or all, not " + split);
            return ExitCodes.USAGE;
        }
        if (keep != null && Files.isDirectory(keep) && !isEmpty(keep)) {
            err.println("storyline: --keep folder is not empty: " + keep);
            return ExitCodes.USAGE;
        }
        List<GoldEvent> events;
        try {
            events = EventEvaluator.split(GoldEventFile.read(file), split);
        } catch (IOException e) {
            err.println("storyline: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("storyline-eval-events");
        EventEvaluator.Run run;
        try {
            run = new EventEvaluator(shared).run(events, work);
        } finally {
            if (keep == null) {
                deleteTree(work);
            }
        }
        run.failures().forEach(f -> err.println("storyline: " + f));
        run.notStored().forEach(a -> err.println("storyline: not stored (its gold events all count as missed): " + a));
        if (misses != null) {
            writeMisses(run.result(), misses);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("gold", file.toString());
        out.put("split", split);
        out.put("articles", events.stream().map(GoldEvent::article).distinct().count());
        out.put("articles_not_stored", run.notStored().size());
        out.putAll(run.result().scores());
        spec.commandLine().getOut().println(JSON.writeValueAsString(out));
        spec.commandLine().getOut().flush();
        return run.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }

    private static void writeMisses(EventScorer.Result result, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (GoldEvent g : result.missedGold()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("kind", "missed_gold");
                row.put("article", g.article());
                row.put("sentence", g.sentence());
                row.put("trigger", g.trigger());
                row.put("type", g.type().name());
                row.put("actors", g.actors());
                row.put("targets", g.targets());
                row.put("status", g.status());
                row.put("headline", g.headline());
                w.write(JSON.writeValueAsString(row));
                w.newLine();
            }
            for (SystemMention m : result.unpairedSystem()) {
                w.write(JSON.writeValueAsString(systemRow("unmatched_system", m, null)));
                w.newLine();
            }
            for (EventScorer.Pair p : result.pairs()) {
                if (!EventScorer.sameType(p)) {
                    w.write(JSON.writeValueAsString(systemRow("wrong_type", p.system(), p.gold())));
                    w.newLine();
                }
            }
        }
    }

    private static Map<String, Object> systemRow(String kind, SystemMention m, GoldEvent gold) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", kind);
        row.put("article", m.article());
        row.put("sentence", m.sentence());
        row.put("event", m.eventId());
        row.put("trigger", m.trigger());
        row.put("type", m.type());
        row.put("actors", m.actorNames());
        if (gold != null) {
            row.put("gold_trigger", gold.trigger());
            row.put("gold_type", gold.type().name());
        }
        return row;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
