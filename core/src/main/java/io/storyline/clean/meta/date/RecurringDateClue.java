package io.storyline.clean.meta.date;

import io.storyline.language.Tense;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.stream.IntStream;

/**
 * A date without its year ("on March 28", "scheduled for June 29-30", "in July"): it means the nearest such
 * date before the writing (past tense) or after it (future), so it bounds the publication day and prefers
 * days close to it. {@code dayOfMonth} is 0 for a bare month.
 */
public record RecurringDateClue(Month month, int dayOfMonth, Tense tense, boolean calledRecent, String evidence)
        implements DateClue {

    private static final double CAP = 3.0;
    /** "Recently" in news: within about three weeks. */
    private static final double RECENT_DAYS = 21.0;

    @Override
    public double cost(LocalDate day) {
        return switch (tense) {
            case PAST -> pastCost(day);
            case FUTURE -> futureCost(day);
            case UNKNOWN -> Math.min(pastCost(day), futureCost(day)) * 0.5;
        };
    }

    private double pastCost(LocalDate day) {
        if (dayOfMonth == 0) {
            int monthsBack = Math.floorMod(day.getMonthValue() - month.getValue(), 12);
            return Math.min(pastCap(), monthsBack * 30 / (calledRecent ? RECENT_DAYS : 120.0));
        }
        LocalDate event = latestOnOrBefore(day);
        long gap = ChronoUnit.DAYS.between(event, day);
        // news names a day of the last week by its weekday ("on Tuesday"); a printed date there is unusual
        double unusual = gap == 0 ? 2.0 : gap < 7 ? 1.2 : 0;
        return Math.min(pastCap(), unusual + gap / (calledRecent ? RECENT_DAYS : 120.0));
    }

    private double futureCost(LocalDate day) {
        if (dayOfMonth == 0) {
            int monthsAhead = Math.floorMod(month.getValue() - day.getMonthValue(), 12);
            return Math.min(CAP, monthsAhead * 30 / 180.0);
        }
        LocalDate event = earliestOnOrAfter(day);
        long gap = ChronoUnit.DAYS.between(day, event);
        return Math.min(CAP, (gap == 0 ? 0.3 : 0) + gap / 180.0);
    }

    /** A date the text calls recent rules out far more than a plain past date, which may be a misread tense. */
    private double pastCap() {
        return calledRecent ? 2 * CAP : CAP;
    }

    private LocalDate latestOnOrBefore(LocalDate day) {
        LocalDate same = MonthDay.of(month, dayOfMonth).atYear(day.getYear());
        return same.isAfter(day) ? MonthDay.of(month, dayOfMonth).atYear(day.getYear() - 1) : same;
    }

    private LocalDate earliestOnOrAfter(LocalDate day) {
        LocalDate same = MonthDay.of(month, dayOfMonth).atYear(day.getYear());
        return same.isBefore(day) ? MonthDay.of(month, dayOfMonth).atYear(day.getYear() + 1) : same;
    }

    @Override
    public String reading() {
        return tense.name().toLowerCase() + (calledRecent ? " recent" : "") + (dayOfMonth == 0 ? " month" : " date")
                + " without year";
    }

    @Override
    public IntStream years() { return IntStream.empty(); }

    @Override
    public double weight() { return pastCap(); }
}
