package io.storyline.nlp.time;

import io.storyline.language.LexiconFile;
import io.storyline.language.Tense;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.storyline.nlp.time.Resolution.DATE;

/**
 * Named holidays of one country ("Christmas Eve", "last Thanksgiving", "Memorial Day"), read from
 * {@code holidays.txt}: the nearest one on the side of the anchor the tense or "last"/"next" points to.
 */
final class Holidays {
    private static final String RESOURCE = "holidays.txt";
    /** The country whose holidays the tagger reads: news in English here is mostly American. */
    static final Holidays US = of("US");

    /** How a holiday's date is found in a year: a fixed day, or the n-th (-1: last) weekday of its month. */
    record HolidayDate(int month, int day, int nth, DayOfWeek weekday) {
        LocalDate in(int year) {
            if (weekday == null) {
                return LocalDate.of(year, month, day);
            }
            LocalDate first = LocalDate.of(year, month, 1);
            return nth > 0 ? first.with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday))
                    : first.with(TemporalAdjusters.lastInMonth(weekday));
        }
    }

    /** A holiday's words ("'s" for a possessive) and date. */
    record Holiday(List<String> words, HolidayDate date) {
    }

    private final List<Holiday> holidays;

    private Holidays(List<Holiday> holidays) {
        this.holidays = List.copyOf(holidays);
    }

    /** The holidays {@code holidays.txt} lists for {@code country} (an ISO code such as "US"). */
    static Holidays of(String country) {
        List<Holiday> found = new ArrayList<>();
        for (String line : LexiconFile.lines(Holidays.class, RESOURCE)) {
            String[] fields = line.split("\\|");
            if (fields.length != 3) {
                throw new IllegalStateException(RESOURCE + ": expected \"country | words | date\", got \"" + line + "\"");
            }
            if (fields[0].strip().equalsIgnoreCase(country)) {
                found.add(new Holiday(List.of(fields[1].strip().toLowerCase(Locale.ROOT).split("\\s+")),
                        date(fields[2].strip(), line)));
            }
        }
        return new Holidays(found);
    }

    private static HolidayDate date(String text, String line) {
        String[] parts = text.split("\\s+");
        try {
            if (parts.length == 2) {
                return new HolidayDate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 0, null);
            }
            if (parts.length == 3) {
                return new HolidayDate(Integer.parseInt(parts[0]), 0, Integer.parseInt(parts[2]),
                        DayOfWeek.valueOf(parts[1].toUpperCase(Locale.ROOT)));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error naming the line
        }
        throw new IllegalStateException(RESOURCE + ": expected \"month day\" or \"month WEEKDAY n\", got \"" + line + "\"");
    }

    Optional<TimeMatch> holiday(TokenView t, int i) {
        int j = t.is(i, "last") || t.is(i, "next") || t.is(i, "this") ? i + 1 : i;
        if (j >= t.size() || !t.get(j).isCapitalized()) {
            return Optional.empty();
        }
        HolidayDate best = null;
        int bestEnd = j;
        for (Holiday h : holidays) {
            int end = matchEnd(t, j, h.words());
            if (end > bestEnd) {
                best = h.date();
                bestEnd = end;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        HolidayDate date = best;
        String direction = t.lower(i);
        boolean relative = j > i;
        return Optional.of(new TimeMatch(i, bestEnd, ctx -> {
            int year = ctx.anchor().getYear();
            LocalDate day = date.in(year);
            boolean past = relative ? direction.equals("last") : ctx.tense() == Tense.PAST;
            boolean future = relative ? direction.equals("next") : ctx.tense() == Tense.FUTURE;
            if (past && day.isAfter(ctx.anchor())) {
                day = date.in(year - 1);
            } else if (future && day.isBefore(ctx.anchor())) {
                day = date.in(year + 1);
            }
            return new Resolution(DATE, TimeMlValues.day(day), "holiday in " + ctx.tense() + " tense");
        }));
    }

    /** The token after {@code words} read from {@code j}, or {@code j} when they are not there. */
    private static int matchEnd(TokenView t, int j, List<String> words) {
        int k = j;
        for (String word : words) {
            if (word.equals("'s")) {
                int after = t.possessive(k);
                if (after == k) {
                    return j;
                }
                k = after;
            } else if (t.is(k, word)) {
                k++;
            } else {
                return j;
            }
        }
        return k;
    }
}
