package io.storyline.clean.meta.date;

import io.storyline.clean.Granularity;
import io.storyline.clean.PublishedDate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns date clues into one publication date. Every day of every year some clue names (plus the year after
 * the latest, when no crawl time caps it) is a candidate; its probability is proportional to
 * exp(-sum of clue costs). The answer is the finest granularity whose best bucket holds enough of the mass:
 * a day when one day clearly wins, else a month, else a year, else nothing.
 */
public final class PublishedDateSolver {

    /** Years before this need a strong clue: old dates on a page are usually history, not the page. */
    public static final int EARLIEST_PLAUSIBLE_YEAR = 1990;
    /** Labelled datelines, wire datelines, addresses and metadata are strong enough to date a page before 1990. */
    private static final double STRONG = 13.0;
    private static final int MAX_YEARS = 40;
    /** A granularity is chosen when its best bucket is more likely than not. */
    private static final double DAY_MASS = 0.5;
    private static final double MONTH_MASS = 0.5;
    private static final double YEAR_MASS = 0.5;

    /** The solved date and the day the mass centres on (useful to refiners even when only a year is sure). */
    public record Solution(PublishedDate published, LocalDate likeliestDay, List<DateClue> clues) {
    }

    public Optional<Solution> solve(List<DateClue> clues) {
        List<Integer> years = candidateYears(clues);
        if (years.isEmpty()) return Optional.empty();
        List<LocalDate> days = new ArrayList<>();
        for (int y = years.getFirst(); y <= years.getLast(); y++) {
            for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) days.add(d);
        }
        double[] cost = new double[days.size()];
        for (int i = 0; i < days.size(); i++) {
            for (DateClue clue : clues) cost[i] += clue.cost(days.get(i));
        }
        double least = Double.MAX_VALUE;
        for (double c : cost) least = Math.min(least, c);
        double[] mass = new double[cost.length];
        double total = 0;
        for (int i = 0; i < cost.length; i++) total += mass[i] = Math.exp(least - cost[i]);
        for (int i = 0; i < mass.length; i++) mass[i] /= total;

        Bucket<LocalDate> day = best(days, mass, d -> d);
        Bucket<YearMonth> month = best(days, mass, YearMonth::from);
        Bucket<Integer> year = best(days, mass, LocalDate::getYear);
        LocalDate likeliest = day.key();
        if (day.mass() >= DAY_MASS) {
            return Optional.of(answer(day.key().toString(), Granularity.DAY, day.mass(), likeliest, clues));
        }
        if (month.mass() >= MONTH_MASS) {
            LocalDate inMonth = likeliest(days, mass, d -> YearMonth.from(d).equals(month.key()));
            return Optional.of(answer(month.key().toString(), Granularity.MONTH, month.mass(), inMonth, clues));
        }
        if (year.mass() >= YEAR_MASS) {
            LocalDate inYear = likeliest(days, mass, d -> d.getYear() == year.key());
            return Optional.of(answer(String.valueOf(year.key()), Granularity.YEAR, year.mass(), inYear, clues));
        }
        return Optional.empty();
    }

    private static List<Integer> candidateYears(List<DateClue> clues) {
        Integer crawlYear = clues.stream().filter(c -> c instanceof CrawlTimeClue)
                .map(c -> ((CrawlTimeClue) c).fetched().getYear()).findFirst().orElse(null);
        // a crawl time alone dates nothing: only years the page itself names are searched
        List<Integer> named = clues.stream().filter(DateClue::anchors)
                .flatMap(c -> c.years().filter(y -> y >= EARLIEST_PLAUSIBLE_YEAR || c.weight() >= STRONG).boxed())
                .filter(y -> crawlYear == null || y <= crawlYear)
                .sorted().toList();
        if (named.isEmpty()) return List.of();
        int last = named.getLast() + 1;
        if (crawlYear != null) last = Math.min(last, crawlYear);
        int first = Math.max(named.getFirst(), last - MAX_YEARS + 1);
        List<Integer> range = new ArrayList<>();
        for (int y = first; y <= last; y++) range.add(y);
        return range;
    }

    private record Bucket<K>(K key, double mass) {
    }

    private static <K> Bucket<K> best(List<LocalDate> days, double[] mass, Function<LocalDate, K> key) {
        Map<K, Double> sums = new HashMap<>();
        for (int i = 0; i < days.size(); i++) sums.merge(key.apply(days.get(i)), mass[i], Double::sum);
        var top = sums.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        return new Bucket<>(top.getKey(), top.getValue());
    }

    private static LocalDate likeliest(List<LocalDate> days, double[] mass, java.util.function.Predicate<LocalDate> in) {
        int best = -1;
        for (int i = 0; i < days.size(); i++) {
            if (in.test(days.get(i)) && (best < 0 || mass[i] > mass[best])) best = i;
        }
        return days.get(best);
    }

    private static Solution answer(String value, Granularity granularity, double mass, LocalDate day,
                                   List<DateClue> clues) {
        double strongest = clues.stream().filter(c -> c.cost(day) < 0.25 * c.weight())
                .mapToDouble(DateClue::weight).max().orElse(0);
        // a distribution sharpened by one weak clue is not a confident answer
        double confidence = Math.min(1, mass) * Math.min(1, 0.4 + 0.12 * strongest);
        String evidence = explain(granularity, mass, day, clues);
        return new Solution(new PublishedDate(value, granularity, evidence, round(confidence)), day, clues);
    }

    /** The clues that decided: those agreeing with the answer that most other days would violate, then the overruled. */
    static String explain(Granularity granularity, double mass, LocalDate day, List<DateClue> clues) {
        List<String> parts = new ArrayList<>();
        clues.stream().filter(c -> c.cost(day) < 0.25 * c.weight() && c.weight() >= 0.5)
                .sorted(Comparator.comparingDouble(DateClue::weight).reversed())
                .limit(4).forEach(c -> parts.add(c.reading() + " '" + shorten(c.evidence()) + "'"));
        clues.stream().filter(c -> c.cost(day) >= 0.3 && c.cost(day) >= 0.5 * c.weight())
                .sorted(Comparator.comparingDouble((DateClue c) -> c.cost(day)).reversed())
                .limit(2).forEach(c -> parts.add("overruled " + c.reading() + " '" + shorten(c.evidence()) + "'"));
        parts.add(granularity.name().toLowerCase() + " holds " + Math.round(mass * 100) + "% of the weight");
        return String.join(" | ", parts);
    }

    private static String shorten(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= 90 ? t : t.substring(0, 87) + "…";
    }

    private static double round(double v) { return Math.round(v * 100) / 100.0; }
}
