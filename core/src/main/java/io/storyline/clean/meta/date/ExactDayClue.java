package io.storyline.clean.meta.date;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.IntStream;

/** A printed full date that claims to be the publication day (dateline, meta tag, URL, header stamp). */
public record ExactDayClue(LocalDate date, double weight, String reading, String evidence) implements DateClue {

    @Override
    public double cost(LocalDate day) {
        long off = Math.abs(ChronoUnit.DAYS.between(date, day));
        if (off == 0) return 0;
        // one day off is what time zones do to a stamp
        return off == 1 ? weight * 0.6 : weight;
    }

    @Override
    public IntStream years() { return IntStream.of(date.getYear()); }
}
