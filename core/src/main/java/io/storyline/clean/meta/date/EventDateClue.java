package io.storyline.clean.meta.date;

import io.storyline.language.Tense;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.IntStream;

/**
 * A full date printed inside the story as the date of an event ("on March 28, 2023 the council voted"):
 * not the publication day, but a bound on it, and news is written close to its events. News style gives the
 * year only for dates outside the current year, so a dated event in the publication year costs a little, and
 * the clue opens no candidate year of its own.
 */
public record EventDateClue(LocalDate event, Tense tense, double scaleDays, double weight, String evidence)
        implements DateClue {

    private static final double SAME_YEAR = 0.5;

    @Override
    public double cost(LocalDate day) {
        long after = ChronoUnit.DAYS.between(event, day);
        double sameYear = day.getYear() == event.getYear() ? SAME_YEAR : 0;
        return switch (tense) {
            case PAST -> after < 0 ? weight : Math.min(weight, sameYear + after / scaleDays);
            case FUTURE -> after > 0 ? weight : Math.min(weight, sameYear - after / (scaleDays * 2));
            case UNKNOWN -> Math.min(weight, Math.abs(after) / (scaleDays * 2));
        };
    }

    @Override
    public String reading() { return tense.name().toLowerCase() + " event date"; }

    @Override
    public IntStream years() { return IntStream.empty(); }
}
