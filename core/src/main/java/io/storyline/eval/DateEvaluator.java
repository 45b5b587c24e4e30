package io.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.clean.CleanArticle;
import io.storyline.clean.Granularity;
import io.storyline.clean.PublishedDate;
import io.storyline.clean.meta.date.DateClue;
import io.storyline.clean.text.LineStatistics;
import io.storyline.ingest.CrawlReader;
import io.storyline.ingest.Page;
import io.storyline.ingest.ReadOutcome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores publication dates of single web pages the way htmldate's evaluation does: a page is right when the date
 * found is the gold day, or when the gold says no date can be found and none is; a month or a year is not a day
 * and counts as wrong, as does a page that cannot be read. Pages are read exactly as {@code ingest} reads a file
 * (same decoder, no address, no crawl time: htmldate's protocol gives only the HTML) and cleaned by the same
 * cleaner, so the figure is the figure of the ingest path.
 */
public final class DateEvaluator {

    /** The part of a gold set one tunes on, and the part one only scores (chosen by a hash of the file name). */
    public static final String DEV = "dev";
    public static final String DEV_HOLDOUT = "dev-holdout";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CrawlReader reader = new CrawlReader();
    private final ArticleCleaner cleaner = new ArticleCleaner();

    /** One gold entry: the page's file name, its collection, and the gold day (null: no date to be found). */
    public record GoldDate(String file, String subset, LocalDate date) {
    }

    /** What the cleaner found for one gold entry; {@code error} says why a page could not be read. */
    public record Outcome(GoldDate gold, String language, PublishedDate found, List<DateClue> clues, String error) {

        public String split() { return splitOf(gold.file()); }

        public Verdict verdict() {
            if (error != null) return Verdict.UNREADABLE;
            if (found == null) return gold.date() == null ? Verdict.RIGHT_NONE : Verdict.NONE_FOUND;
            if (gold.date() == null) return Verdict.FALSE_DATE;
            if (found.granularity().ordinal() < Granularity.DAY.ordinal()) {
                return contains(found, gold.date()) ? Verdict.COARSE_AROUND_GOLD : Verdict.COARSE_ELSEWHERE;
            }
            return found.firstDay().equals(gold.date()) ? Verdict.RIGHT_DAY : Verdict.WRONG_DAY;
        }

        public boolean right() { return verdict() == Verdict.RIGHT_DAY || verdict() == Verdict.RIGHT_NONE; }

        private static boolean contains(PublishedDate d, LocalDate day) {
            return !day.isBefore(d.firstDay()) && !day.isAfter(d.lastDay());
        }
    }

    /** How an entry ended, for the counts. */
    public enum Verdict {
        RIGHT_DAY, RIGHT_NONE, WRONG_DAY, COARSE_AROUND_GOLD, COARSE_ELSEWHERE, NONE_FOUND, FALSE_DATE, UNREADABLE
    }

    /** Reads gold JSON Lines of {@code {"file", "subset", "date"}}; a bad line fails with its number. */
    public static List<GoldDate> readGold(Path gold) throws IOException {
        List<GoldDate> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            try {
                JsonNode n = JSON.readTree(lines.get(i));
                String file = n.path("file").asText("");
                if (file.isEmpty()) throw new IllegalArgumentException("no \"file\"");
                JsonNode date = n.path("date");
                entries.add(new GoldDate(file, n.path("subset").asText(""),
                        date.isTextual() ? LocalDate.parse(date.asText()) : null));
            } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
                throw new IOException(gold + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return entries;
    }

    /** {@link #DEV_HOLDOUT} for about a third of file names, {@link #DEV} for the rest; fixed by the name alone. */
    public static String splitOf(String file) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(file.getBytes(StandardCharsets.UTF_8));
            return Math.floorMod(h[0], 3) == 0 ? DEV_HOLDOUT : DEV;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Outcome evaluate(Path pages, GoldDate gold) {
        Path file = pages.resolve(gold.file());
        if (!Files.isRegularFile(file)) return new Outcome(gold, null, null, List.of(), "no such page: " + file);
        List<ReadOutcome> read = new ArrayList<>();
        reader.read(file, read::add);
        if (read.size() != 1 || !(read.getFirst() instanceof ReadOutcome.Read(Page page))) {
            return new Outcome(gold, null, null, List.of(), read.isEmpty() ? "nothing read" : read.getFirst().toString());
        }
        try {
            ArticleCleaner.Cleaned cleaned = cleaner.clean(page, LineStatistics.NONE);
            CleanArticle a = cleaned.article();
            return new Outcome(gold, a.language(), a.published(),
                    cleaned.dateClues(), null);
        } catch (RuntimeException e) {
            return new Outcome(gold, null, null, List.of(), "cleaning failed: " + e);
        }
    }

    /** Accuracy and counts over all outcomes, by split, by subset and by the language the cleaner detected. */
    public static Map<String, Object> summary(List<Outcome> outcomes) {
        Map<String, Object> out = figures(outcomes);
        out.put("by_split", grouped(outcomes, Outcome::split));
        out.put("by_subset", grouped(outcomes, o -> o.gold().subset()));
        out.put("by_language", grouped(outcomes, o -> o.language() == null ? "unknown" : o.language()));
        return out;
    }

    private static Map<String, Object> grouped(List<Outcome> outcomes, Function<Outcome, String> key) {
        Map<String, List<Outcome>> groups = new TreeMap<>();
        for (Outcome o : outcomes) groups.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o);
        Map<String, Object> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("entries", v.size());
            f.put("right", v.stream().filter(Outcome::right).count());
            f.put("accuracy", accuracy(v));
            out.put(k, f);
        });
        return out;
    }

    private static Map<String, Object> figures(List<Outcome> outcomes) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entries", outcomes.size());
        out.put("right", outcomes.stream().filter(Outcome::right).count());
        out.put("accuracy", accuracy(outcomes));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            counts.put(v.name().toLowerCase(), outcomes.stream().filter(o -> o.verdict() == v).count());
        }
        out.put("counts", counts);
        return out;
    }

    private static double accuracy(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) return 0;
        return Math.round(10000.0 * outcomes.stream().filter(Outcome::right).count() / outcomes.size()) / 10000.0;
    }

    /**
     * One miss with its evidence: what was found and why, and the clues that weighed most, each with what it
     * charges the gold day and the day found.
     */
    public static Map<String, Object> miss(Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", o.gold().file());
        m.put("split", o.split());
        m.put("subset", o.gold().subset());
        m.put("language", o.language());
        m.put("gold", o.gold().date() == null ? null : o.gold().date().toString());
        m.put("verdict", o.verdict().name().toLowerCase());
        if (o.error() != null) m.put("error", o.error());
        if (o.found() != null) {
            m.put("found", o.found().value());
            m.put("evidence", o.found().evidence());
        }
        LocalDate foundDay = o.found() == null ? null : o.found().firstDay();
        List<Map<String, Object>> clues = new ArrayList<>();
        o.clues().stream().sorted(Comparator.comparingDouble(DateClue::weight).reversed()).limit(15).forEach(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rule", c.reading());
            row.put("text", c.evidence());
            row.put("weight", round(c.weight()));
            if (o.gold().date() != null) row.put("cost_gold", round(c.cost(o.gold().date())));
            if (foundDay != null) row.put("cost_found", round(c.cost(foundDay)));
            clues.add(row);
        });
        m.put("clues", clues);
        return m;
    }

    private static double round(double v) { return Math.round(v * 100) / 100.0; }
}
