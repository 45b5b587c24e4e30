package io.storyline.clean.meta.date;

import java.time.LocalDate;
import java.util.stream.IntStream;

/** A stamp that lost its month ("22, 2022 at 10:27PM"): day of month and year are known. */
public record DayAndYearClue(int dayOfMonth, int year, double weight, String evidence) implements DateClue {

    @Override
    public double cost(LocalDate day) {
        double c = 0;
        if (day.getDayOfMonth() != dayOfMonth) c += weight;
        if (day.getYear() != year) c += weight;
        return Math.min(c, weight * 1.5);
    }

    @Override
    public String reading() { return "truncated stamp: day " + dayOfMonth + " of a month of " + year; }

    @Override
    public IntStream years() { return IntStream.of(year); }
}
