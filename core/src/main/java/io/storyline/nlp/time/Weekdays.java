package io.storyline.nlp.time;

import io.storyline.language.Tense;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import static io.storyline.nlp.time.Resolution.DATE;
import static io.storyline.nlp.time.Resolution.TIME;

/** Weekdays: "Monday", "last Friday", "Tuesday morning", "Monday, March 3". */
final class Weekdays {
    private Weekdays() {
    }

    static Optional<TimeMatch> weekday(TokenView t, int i) {
        int start = i;
        int j = i;
        String direction = "";
        if (t.is(j, "last") || t.is(j, "next") || t.is(j, "this") || t.is(j, "coming") || t.is(j, "past")
                || t.is(j, "previous")) {
            direction = t.lower(j);
            j++;
            if (direction.equals("this") && (t.is(j, "coming") || t.is(j, "past"))) {
                direction = t.lower(j);
                j++;
            }
        } else if (t.is(j, "the") && (t.is(j + 1, "previous") || t.is(j + 1, "following") || t.is(j + 1, "next"))) {
            direction = t.lower(j + 1).equals("previous") ? "last" : "next";
            j += 2;
        }
        Integer wd = t.weekday(j);
        if (wd == null) {
            return Optional.empty();
        }
        int weekday = wd;
        int e = j + 1;
        String part = TimeLexicon.DAY_PARTS.get(t.lower(e));
        if (part != null) {
            e++;
        } else {
            int k = t.is(e, ",") ? e + 1 : e;
            TimeMatch date = MonthDates.monthDate(t, k).or(() -> MonthDates.dayMonth(t, k)).orElse(null);
            if (date != null && k < t.size() && t.month(k) != null || date != null && t.digits(k)) {
                TimeMatch explicit = date;
                return Optional.of(new TimeMatch(start, date.end(), explicit.resolver()));
            }
        }
        String dayPart = part;
        String dir = direction;
        return Optional.of(new TimeMatch(start, e, ctx -> {
            LocalDate day = resolveWeekday(ctx, weekday, dir);
            String why = "weekday " + (dir.isEmpty() ? "in " + ctx.tense() + " tense" : dir);
            if (dayPart != null) {
                return new Resolution(TIME, TimeMlValues.day(day) + "T" + dayPart, why + ", part of day");
            }
            return new Resolution(DATE, TimeMlValues.day(day), why);
        }));
    }

    private static LocalDate resolveWeekday(ResolutionContext ctx, int weekday, String direction) {
        LocalDate anchor = ctx.anchor();
        DayOfWeek dow = DayOfWeek.of(weekday);
        return switch (direction) {
            case "last", "past", "previous" -> anchor.with(TemporalAdjusters.previous(dow));
            case "next", "coming" -> anchor.with(TemporalAdjusters.next(dow));
            default -> ctx.tense() == Tense.FUTURE ? anchor.with(TemporalAdjusters.nextOrSame(dow))
                    : anchor.with(TemporalAdjusters.previousOrSame(dow));
        };
    }
}
