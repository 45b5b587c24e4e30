package io.storyline.events;

import io.storyline.clean.Granularity;
import io.storyline.clean.PublishedDate;
import io.storyline.nlp.TimeMention;
import io.storyline.nlp.time.TimeTagger;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time expressions of an article as they read against its final date. Ingest tags times against the date
 * known then; a later corpus refinement (a year sharpened to a day) leaves relative expressions ("on Sunday")
 * counted from a stale anchor, so they are tagged again. An article dated only to the month cannot place a
 * weekday; news tells the recent days after the last dated fact, so a weekday is read as the first such day after
 * the latest stated date in the article, when that falls in the article's month (else it is left out).
 */
public final class ArticleTimes {
    private static final Pattern ANCHOR = Pattern.compile("^anchor (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private final TimeTagger tagger = new TimeTagger();

    public List<TimeMention> read(String text, PublishedDate published, List<TimeMention> stored) {
        if (published == null) {
            return stored;
        }
        Granularity g = published.granularity();
        if (g == Granularity.DAY || g == Granularity.MINUTE || g == Granularity.SECOND) {
            LocalDate day = published.firstDay();
            boolean stale = stored.stream().map(t -> ANCHOR.matcher(t.evidence() == null ? "" : t.evidence()))
                    .anyMatch(m -> m.find() && !m.group(1).equals(day.toString()));
            return stale ? tagger.tag(text, day) : stored;
        }
        if (g == Granularity.MONTH) {
            return weekdaysAfterLatestDate(published, stored);
        }
        return stored.stream().filter(t -> !isWeekday(t)).toList();
    }

    private static List<TimeMention> weekdaysAfterLatestDate(PublishedDate published, List<TimeMention> stored) {
        LocalDate monthStart = published.firstDay();
        LocalDate monthEnd = published.lastDay();
        Optional<LocalDate> latest = stored.stream()
                .filter(t -> !isWeekday(t) && t.value() != null && DAY.matcher(t.value()).matches())
                .map(t -> LocalDate.parse(t.value()))
                .filter(d -> !d.isAfter(monthEnd) && !d.isBefore(monthStart.minusMonths(1)))
                .max(LocalDate::compareTo);
        List<TimeMention> out = new ArrayList<>();
        for (TimeMention t : stored) {
            if (!isWeekday(t)) {
                out.add(t);
                continue;
            }
            Optional<DayOfWeek> weekday = weekday(t.surface());
            if (latest.isEmpty() || weekday.isEmpty()) {
                continue;
            }
            LocalDate d = latest.get().plusDays(1);
            while (d.getDayOfWeek() != weekday.get()) {
                d = d.plusDays(1);
            }
            if (d.isBefore(monthStart) || d.isAfter(monthEnd)) {
                continue;
            }
            out.add(new TimeMention(t.surface(), t.start(), t.end(), t.type(), d.toString(),
                    "first " + weekday.get().name().toLowerCase(Locale.ROOT) + " after the latest stated date "
                            + latest.get() + ", in the article's month " + published.value()));
        }
        return out;
    }

    private static boolean isWeekday(TimeMention t) {
        return t.evidence() != null && t.evidence().contains("weekday");
    }

    static Optional<DayOfWeek> weekday(String surface) {
        Matcher m = Pattern.compile("(?i)(mon|tues|wednes|thurs|fri|satur|sun)day").matcher(surface);
        if (!m.find()) {
            return Optional.empty();
        }
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "mon" -> Optional.of(DayOfWeek.MONDAY);
            case "tues" -> Optional.of(DayOfWeek.TUESDAY);
            case "wednes" -> Optional.of(DayOfWeek.WEDNESDAY);
            case "thurs" -> Optional.of(DayOfWeek.THURSDAY);
            case "fri" -> Optional.of(DayOfWeek.FRIDAY);
            case "satur" -> Optional.of(DayOfWeek.SATURDAY);
            default -> Optional.of(DayOfWeek.SUNDAY);
        };
    }
}
