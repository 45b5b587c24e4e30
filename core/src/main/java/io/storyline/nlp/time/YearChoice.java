package io.storyline.nlp.time;

import io.storyline.language.Tense;

import java.time.LocalDate;

/** Which year a date without one falls in, and whether a day exists in its month. */
final class YearChoice {
    private YearChoice() {
    }

    /** True when {@code day} exists in the month ("February 30" does not). */
    static boolean valid(int year, int month, int day) {
        return day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    static int yearForMonth(ResolutionContext ctx, int month) {
        if (month == ctx.anchor().getMonthValue()) {
            return ctx.anchor().getYear();
        }
        return closestYear(ctx, month, 15);
    }

    /** How much further a date against the sentence's tense may be than one with it and still win. */
    private static final double AGAINST_TENSE = 2;
    /** Explicit future ("will", "is scheduled to") is a surer cue than a past form, so it tilts harder. */
    private static final double AGAINST_FUTURE = 4;

    /**
     * The year that puts month/day closest to the anchor, a date on the wrong side of the anchor for the tense
     * counting {@link #AGAINST_TENSE} times its distance (no tense cue counts as past, the default of news): news
     * names coming dates in past-tense sentences ("said
     * the dividend is payable Jan. 2"), so tense only tilts the choice.
     */
    static int closestYear(ResolutionContext ctx, int month, int day) {
        LocalDate anchor = ctx.anchor();
        int best = anchor.getYear();
        double bestCost = Double.MAX_VALUE;
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            long d = LocalDate.of(year, month, day).toEpochDay() - anchor.toEpochDay();
            double cost = Math.abs(d);
            if (ctx.tense() != Tense.FUTURE && d > 0) {
                cost *= AGAINST_TENSE;
            } else if (ctx.tense() == Tense.FUTURE && d < 0) {
                cost *= AGAINST_FUTURE;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = year;
            }
        }
        return best;
    }
}
