package io.storyline.clean.meta.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.IntStream;

/** A stamp that names only month and year ("April 2023" under a headline). */
public record MonthClue(YearMonth month, double weight, String reading, String evidence) implements DateClue {

    @Override
    public double cost(LocalDate day) {
        return YearMonth.from(day).equals(month) ? 0 : weight;
    }

    @Override
    public IntStream years() { return IntStream.of(month.getYear()); }
}
