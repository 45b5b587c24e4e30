package io.storyline.nlp.time;

import java.time.LocalDate;
import java.util.Optional;

import static io.storyline.nlp.time.Resolution.DATE;

/** Dates naming their month: "March 28, 1998", "Sept. 3-5", "the 28th of March", "May 2024", "March". */
final class MonthDates {
    private MonthDates() {
    }

    /** Month first: "March 28, 1998", "Sept. 3-5", "early March", "May 2024", "March this year". */
    static Optional<TimeMatch> monthDate(TokenView t, int i) {
        int start = i;
        int j = i;
        if (t.is(j, "early") || t.is(j, "late") || t.is(j, "mid") || t.is(j, "the") && t.is(j + 1, "end") && t.is(j + 2, "of")) {
            j = t.is(j, "the") ? j + 3 : t.hyphen(j + 1);
        }
        Integer m = t.month(j);
        if (m == null) {
            return Optional.empty();
        }
        int month = m;
        boolean abbreviated = t.get(j).text().length() <= 4 && !t.get(j).lower().equals("june")
                && !t.get(j).lower().equals("july") && !t.get(j).lower().equals("may");
        int k = abbreviated || t.get(j).lower().equals("sept") ? t.dot(j + 1) : j + 1;
        if (abbreviated && k == j + 1 && !t.get(j).lower().equals("sept") && !t.get(j).lower().equals("sep")) {
            // "Jan" without its period is a name as often as a month; accept it only before a day or year
            if (!t.digits(k)) {
                return Optional.empty();
            }
        }
        int dayStart = t.is(k, "the") ? k + 1 : k;
        Numbers.Day dayOfMonth = Numbers.dayOfMonth(t, dayStart);
        if (dayOfMonth != null && start == j) {
            return Optional.of(withDay(t, start, month, dayOfMonth));
        }

        int y = t.is(k, ",") || t.is(k, "of") ? k + 1 : k;
        int year = t.fourDigitYear(y);
        if (year > 0) {
            return Optional.of(new TimeMatch(start, y + 1, ctx -> new Resolution(DATE, TimeMlValues.month(year, month), "month and year")));
        }
        Numbers.Year spelled = Numbers.spelledYear(t, y);
        if (spelled != null) {
            return Optional.of(new TimeMatch(start, spelled.end(), ctx -> new Resolution(DATE, TimeMlValues.month(spelled.year(), month),
                    "month and spelled year")));
        }
        if ((t.is(k, "this") || t.is(k, "last") || t.is(k, "next")) && t.is(k + 1, "year")) {
            int offset = t.is(k, "last") ? -1 : t.is(k, "next") ? 1 : 0;
            return Optional.of(new TimeMatch(start, k + 2, ctx -> new Resolution(DATE,
                    TimeMlValues.month(ctx.anchor().getYear() + offset, month), "month of a relative year")));
        }
        boolean hasContext = start != j || t.isAny(start - 1, TimeLexicon.MONTH_CONTEXT);
        if (month == 5 && !hasContext) {
            return Optional.empty();
        }
        if ((t.is(k, "of") || t.is(k, "for")) && k + 1 < t.size() && t.get(k + 1).isCapitalized() || t.partOfName(j)
                && !hasContext) {
            return Optional.empty();
        }
        if (abbreviated && k == j + 1) {
            return Optional.empty();
        }
        return Optional.of(new TimeMatch(start, k, ctx -> {
            int yearOf = YearChoice.yearForMonth(ctx, month);
            return new Resolution(DATE, TimeMlValues.month(yearOf, month), "month without year, " + ctx.tense());
        }));
    }

    /** "March 28", "March 28, 1998", "March 28 of 1998", and a range "March 3-5" or "March 3 to 5, 2024". */
    private static TimeMatch withDay(TokenView t, int start, int month, Numbers.Day dayOfMonth) {
        int day = dayOfMonth.day();
        int e = dayOfMonth.end();
        int year = -1;
        int y = t.is(e, ",") ? e + 1 : e;
        if (t.fourDigitYear(y) > 0) {
            year = t.fourDigitYear(y);
            e = y + 1;
        } else if (t.is(e, "of") && t.fourDigitYear(e + 1) > 0) {
            year = t.fourDigitYear(e + 1);
            e = e + 2;
        }
        int explicitYear = year;
        TimeMatch.Resolver resolver = ctx -> monthDay(ctx, explicitYear, month, day);
        int r = e;
        if (explicitYear < 0 && (t.is(r, "-") || t.is(r, "–") || t.is(r, "to") || t.is(r, "and")) && t.digits(r + 1)) {
            Numbers.Day second = Numbers.dayOfMonth(t, r + 1);
            if (second != null && second.day() > day) {
                int endYearAt = t.is(second.end(), ",") ? second.end() + 1 : second.end();
                int rangeYear = t.fourDigitYear(endYearAt);
                int end2 = rangeYear > 0 ? endYearAt + 1 : second.end();
                if (rangeYear > 0) {
                    resolver = ctx -> monthDay(ctx, rangeYear, month, day);
                }
                TimeMatch far = new TimeMatch(r + 1, end2, ctx -> monthDay(ctx, rangeYear, month, second.day()));
                return new TimeMatch(start, e, resolver, Optional.of(far));
            }
        }
        return new TimeMatch(start, e, resolver);
    }

    /** "28 March 1998", "the 28th of March". */
    /** Day first: "28 March 1998", "the 28th of March". */
    static Optional<TimeMatch> dayMonth(TokenView t, int i) {
        int start = i;
        int j = t.is(i, "the") ? i + 1 : i;
        Numbers.Day dayOfMonth = Numbers.dayOfMonth(t, j);
        if (dayOfMonth == null) {
            return Optional.empty();
        }
        int day = dayOfMonth.day();
        int k = t.is(dayOfMonth.end(), "of") ? dayOfMonth.end() + 1 : dayOfMonth.end();
        Integer m = t.month(k);
        if (m == null) {
            return Optional.empty();
        }
        if (m == 5 && k == dayOfMonth.end() && !t.digits(j)) {
            return Optional.empty();
        }
        int month = m;
        int e = t.isMonthAbbreviation(k) ? t.dot(k + 1) : k + 1;
        int y = t.is(e, ",") ? e + 1 : e;
        int year = t.fourDigitYear(y);
        if (year > 0) {
            e = y + 1;
        }
        int explicitYear = year;
        return Optional.of(new TimeMatch(start, e, ctx -> monthDay(ctx, explicitYear, month, day)));
    }

    private static Resolution monthDay(ResolutionContext ctx, int explicitYear, int month, int day) {
        if (explicitYear > 0) {
            return YearChoice.valid(explicitYear, month, day)
                    ? new Resolution(DATE, TimeMlValues.day(LocalDate.of(explicitYear, month, day)), "full date")
                    : new Resolution(DATE, TimeMlValues.month(explicitYear, month), "full date, day out of range");
        }
        int year = YearChoice.closestYear(ctx, month, Math.min(day, 28));
        if (!YearChoice.valid(year, month, day)) {
            return new Resolution(DATE, TimeMlValues.month(year, month), "month and day out of range");
        }
        return new Resolution(DATE, TimeMlValues.day(LocalDate.of(year, month, day)),
                "month and day, year closest to the anchor in " + ctx.tense() + " tense");
    }

}
