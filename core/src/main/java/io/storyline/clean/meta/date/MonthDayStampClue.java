package io.storyline.clean.meta.date;

import java.time.LocalDate;
import java.time.Month;
import java.util.stream.IntStream;

/** A wire dateline without year ("SEOUL, Jan. 29 (Yonhap) --"): month and day of publication are known. */
public record MonthDayStampClue(Month month, int dayOfMonth, double weight, String evidence) implements DateClue {

    @Override
    public double cost(LocalDate day) {
        return day.getMonth() == month && day.getDayOfMonth() == dayOfMonth ? 0 : weight;
    }

    @Override
    public String reading() { return "dateline without year"; }

    @Override
    public IntStream years() { return IntStream.empty(); }
}
