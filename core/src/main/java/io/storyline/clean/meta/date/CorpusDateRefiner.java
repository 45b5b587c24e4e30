package io.storyline.clean.meta.date;

import io.storyline.clean.Granularity;
import io.storyline.clean.PublishedDate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Sharpens a coarse publication date (a year, a month) with the corpus: copies and follow-ups of a story are
 * published within days of each other, so the most similar day-precise neighbour says roughly when, and the
 * article's own weekday clues ("arrived on Sunday", "will fly on Monday") say which day of that week. The
 * refined day must lie within the coarse date and a few days of the neighbour; its confidence is lower than
 * either source's, and the evidence names the neighbour.
 */
public final class CorpusDateRefiner {

    /** How far from the neighbour's day the article may be. */
    public static final int WINDOW_DAYS = 3;
    /** Below this, a neighbour is a different story and says nothing about the date. */
    public static final double MIN_SIMILARITY = 0.3;
    /** Per day from the neighbour: only breaks ties between days the article's clues like equally. */
    private static final double DISTANCE_COST = 0.05;

    private final DateClueCollector collector = new DateClueCollector(text -> false);

    /** The refined date, or {@code coarse} unchanged when nothing supports a day. */
    public PublishedDate refine(PublishedDate coarse, String articleText, List<SimilarArticle> neighbours) {
        if (coarse == null || coarse.granularity().ordinal() >= Granularity.DAY.ordinal()) return coarse;
        List<DateClue> clues = collector.collect(new PageLayout(articleText.lines().toList(), articleText, null), PageDateHints.NONE);
        List<WeekdayClue> weekdays = clues.stream().filter(c -> c instanceof WeekdayClue).map(c -> (WeekdayClue) c).toList();
        if (weekdays.isEmpty()) return coarse;
        Optional<SimilarArticle> anchor = neighbours.stream()
                .filter(n -> n.similarity() >= MIN_SIMILARITY && n.published() != null)
                .filter(n -> n.published().granularity().ordinal() >= Granularity.DAY.ordinal())
                .filter(n -> n.published().value().startsWith(coarse.value()))
                .max(Comparator.comparingDouble(SimilarArticle::similarity));
        if (anchor.isEmpty()) return coarse;
        LocalDate near = LocalDate.parse(Granularity.DAY.cut(anchor.get().published().value()));
        LocalDate best = null;
        double bestCost = Double.MAX_VALUE;
        for (int off = -WINDOW_DAYS; off <= WINDOW_DAYS; off++) {
            LocalDate day = near.plusDays(off);
            if (!day.toString().startsWith(coarse.value())) continue;
            double cost = Math.abs(off) * DISTANCE_COST;
            for (DateClue c : clues) cost += c.cost(day);
            if (cost < bestCost) {
                bestCost = cost;
                best = day;
            }
        }
        if (best == null) return coarse;
        final LocalDate chosen = best;
        String agreeing = weekdays.stream().filter(w -> w.cost(chosen) < 0.3)
                .map(w -> w.reading() + " '" + w.evidence() + "'").reduce((a, b) -> a + " | " + b).orElse("no weekday clue agrees");
        long apart = ChronoUnit.DAYS.between(near, chosen);
        String evidence = "near neighbour " + anchor.get().id() + " (similarity " + round(anchor.get().similarity())
                + ", published " + anchor.get().published().value() + ", " + apart + " days apart) | " + agreeing
                + " | within " + coarse.value() + " from: " + coarse.evidence();
        double confidence = 0.7 * Math.min(coarse.confidence(), anchor.get().similarity());
        return new PublishedDate(chosen.toString(), Granularity.DAY, evidence, round(confidence));
    }

    private static double round(double v) { return Math.round(v * 100) / 100.0; }
}
