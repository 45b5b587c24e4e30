package io.storyline.nlp.time;

import io.storyline.language.Tense;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import static io.storyline.nlp.time.Resolution.DATE;
import static io.storyline.nlp.time.Resolution.DURATION;

/**
 * Calendar units relative to the anchor or the previous date: "last week", "this year", "next month", "last November",
 * "the following year", "the weekend".
 */
final class RelativeUnits {
    private RelativeUnits() {
    }

    /** "last week", "this year", "next month", "earlier this year", "the end of the quarter". */
    static Optional<TimeMatch> relativeUnit(TokenView t, int i) {
        int start = i;
        int j = i;
        if (t.is(j, "earlier") || t.is(j, "later") || t.is(j, "early") || t.is(j, "late") || t.is(j, "mid")) {
            j = t.hyphen(j + 1);
            if (t.is(j, "in") && t.is(j + 1, "the")) {
                j += 1;
            }
        } else if ((t.is(j, "the") || t.is(j, "this")) && (t.is(j + 1, "end") || t.is(j + 1, "beginning")
                || t.is(j + 1, "start") || t.is(j + 1, "middle") || t.is(j + 1, "rest")) && t.is(j + 2, "of")) {
            j += 3;
        } else if (t.is(j, "end") && t.is(j + 1, "of")) {
            j += 2;
        }
        if (t.partOfName(j) || j + 1 < t.size() && t.partOfName(j + 1)) {
            return Optional.empty();
        }
        int offset;
        int k = j + 1;
        boolean current = false;
        switch (t.lower(j)) {
            case "last", "past", "previous" -> offset = -1;
            case "next", "coming" -> offset = 1;
            case "this" -> offset = 0;
            case "the" -> {
                if (t.is(k, "current") || t.is(k, "present")) {
                    offset = 0;
                    k++;
                } else if (j > start && (t.is(k, "year") || t.is(k, "month") || t.is(k, "week") || t.is(k, "day"))) {
                    offset = 0;
                    current = true;
                } else if ((t.is(k, "past") || t.is(k, "last")) && TimeUnit.of(t.lower(k + 1)) != null
                        && !t.lower(k + 1).endsWith("s") && !t.is(k + 1, "day")) {
                    offset = -1;
                    k++;
                } else {
                    return Optional.empty();
                }
            }
            case "current" -> offset = 0;
            default -> {
                return Optional.empty();
            }
        }
        if (t.is(k, "fiscal") || t.is(k, "calendar")) {
            k++;
        }
        TimeUnit unit = TimeUnit.of(t.lower(k));
        if (unit == null || unit == TimeUnit.DAY && !current || unit.isTimeOfDay() || unit == TimeUnit.FORTNIGHT
                || t.lower(k).endsWith("s") && unit != TimeUnit.CENTURY) {
            return Optional.empty();
        }
        if (unit == TimeUnit.DAY) {
            return Optional.of(new TimeMatch(start, k + 1, ctx -> new Resolution(DATE, TimeMlValues.day(ctx.anchor()), "the day")));
        }
        int e = k + 1;
        int off = offset;
        String word = t.lower(j);
        return Optional.of(new TimeMatch(start, e, ctx -> relativeToAnchor(ctx, unit, off, word)));
    }

    private static Resolution relativeToAnchor(ResolutionContext ctx, TimeUnit unit, int offset, String word) {
        LocalDate a = ctx.anchor();
        String why = "\"" + word + "\" " + unit.name().toLowerCase() + " from the anchor";
        return switch (unit) {
            case WEEK -> new Resolution(DATE, TimeMlValues.week(a.plusWeeks(offset)), why);
            case WEEKEND -> {
                LocalDate saturday = offset == 0
                        ? (ctx.tense() == Tense.PAST ? a.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                        : a.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)))
                        : offset < 0 ? a.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY))
                        : a.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
                yield new Resolution(DATE, TimeMlValues.week(saturday) + "-WE", why);
            }
            case MONTH -> {
                LocalDate m = a.plusMonths(offset);
                yield new Resolution(DATE, TimeMlValues.month(m.getYear(), m.getMonthValue()), why);
            }
            case QUARTER -> {
                LocalDate q = a.plusMonths(3L * offset);
                yield new Resolution(DATE, TimeMlValues.quarter(q.getYear(), TimeMlValues.quarterOf(q)), why);
            }
            case YEAR -> new Resolution(DATE, TimeMlValues.year(a.getYear() + offset), why);
            case DECADE -> new Resolution(DATE, Integer.toString(a.getYear() / 10 + offset), why);
            case CENTURY -> new Resolution(DATE, TimeMlValues.two(a.getYear() / 100 + offset), why);
            default -> new Resolution(DATE, TimeMlValues.day(a), why);
        };
    }

    /** "last November", "this September": a month named relative to the anchor. */
    static Optional<TimeMatch> relativeMonth(TokenView t, int i) {
        String w = t.lower(i);
        int j = i + 1;
        int direction;
        if (w.equals("this") && (t.is(j, "past") || t.is(j, "coming"))) {
            direction = t.is(j, "past") ? -1 : 1;
            j++;
        } else {
            switch (w) {
                case "last", "past", "previous" -> direction = -1;
                case "next", "coming" -> direction = 1;
                case "this" -> direction = 0;
                default -> {
                    return Optional.empty();
                }
            }
        }
        Integer m = t.month(j);
        if (m == null) {
            return Optional.empty();
        }
        int month = m;
        int e = t.isMonthAbbreviation(j) ? t.dot(j + 1) : j + 1;
        return Optional.of(new TimeMatch(i, e, ctx -> {
            int anchorMonth = ctx.anchor().getMonthValue();
            int year = ctx.anchor().getYear();
            if (direction < 0 && month >= anchorMonth) {
                year--;
            } else if (direction > 0 && month <= anchorMonth) {
                year++;
            }
            return new Resolution(DATE, TimeMlValues.month(year, month), "month \"" + w + "\" from the anchor");
        }));
    }

    /** "the following year", "the weekend", "the near term", "the fiscal year". */
    static Optional<TimeMatch> theUnit(TokenView t, int i) {
        if (!t.is(i, "the")) {
            return Optional.empty();
        }
        int j = i + 1;
        if ((t.is(j, "following") || t.is(j, "previous") || t.is(j, "preceding")) && (t.is(j + 1, "year") || t.is(j + 1, "month")
                || t.is(j + 1, "week"))) {
            TimeUnit unit = TimeUnit.of(t.lower(j + 1));
            int offset = t.is(j, "following") ? 1 : -1;
            return Optional.of(new TimeMatch(i, j + 2, ctx -> relativeToReference(ctx, unit, offset)));
        }
        if (t.is(j, "weekend")) {
            return Optional.of(new TimeMatch(i, j + 1, ctx -> relativeToAnchor(ctx, TimeUnit.WEEKEND, 0, "the")));
        }
        if ((t.is(j, "near") || t.is(j, "short")) && t.is(j + 1, "term")) {
            return Optional.of(new TimeMatch(i, j + 2, ctx -> new Resolution(DATE, ReferencePoint.FUTURE_REF.name(), "the near term")));
        }
        if ((t.is(j, "week") || t.is(j, "month")) && t.is(i - 1, "for") && !t.is(j + 1, "of") && !t.is(j + 1, "before")
                && !t.is(j + 1, "after")) {
            TimeUnit unit = TimeUnit.of(t.lower(j));
            return Optional.of(new TimeMatch(i, j + 1, ctx -> relativeToAnchor(ctx, unit, 0, "the")));
        }
        boolean fiscal = false;
        if (t.is(j, "full") || t.is(j, "fiscal") || t.is(j, "whole") || t.is(j, "entire")) {
            fiscal = t.is(j, "fiscal");
            j++;
        }
        if (!t.is(j, "year") || t.is(j + 1, "'") || t.is(j + 1, "-") || t.digits(j + 1)) {
            return Optional.empty();
        }
        boolean ended = t.is(j + 1, "ended") || t.is(j + 1, "ending") || t.is(j + 1, "to") || t.is(j + 1, "through");
        if (!ended && !fiscal && !t.isAny(i - 1, TimeLexicon.YEAR_PREPOSITIONS)) {
            return Optional.empty();
        }
        if (ended) {
            return Optional.of(new TimeMatch(i, j + 1, ctx -> new Resolution(DURATION, "P1Y", "a year-long reporting period")));
        }
        return Optional.of(new TimeMatch(i, j + 1, ctx -> new Resolution(DATE, TimeMlValues.year(ctx.anchor().getYear()),
                "the year of the anchor")));
    }

    private static Resolution relativeToReference(ResolutionContext ctx, TimeUnit unit, int offset) {
        String reference = ctx.reference();
        LocalDate base = reference == null ? null : TimeMlValues.asDay(reference);
        if (base == null && reference != null && reference.length() >= 7 && reference.charAt(4) == '-'
                && Character.isDigit(reference.charAt(5))) {
            base = LocalDate.of(Integer.parseInt(reference.substring(0, 4)), Integer.parseInt(reference.substring(5, 7)), 1);
        } else if (base == null && reference != null && reference.length() == 4) {
            base = LocalDate.of(Integer.parseInt(reference), 7, 1);
        }
        String why = base == null ? "relative to the anchor" : "relative to the previous date";
        LocalDate b = base == null ? ctx.anchor() : base;
        return switch (unit) {
            case YEAR -> new Resolution(DATE, TimeMlValues.year(b.getYear() + offset), why);
            case MONTH -> {
                LocalDate m = b.plusMonths(offset);
                yield new Resolution(DATE, TimeMlValues.month(m.getYear(), m.getMonthValue()), why);
            }
            default -> new Resolution(DATE, TimeMlValues.week(b.plusWeeks(offset)), why);
        };
    }
}
