package io.storyline.clean.meta.date;

import io.storyline.language.Tense;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * A weekday named in the story ("revealed Wednesday", "will fly to Tokyo on Monday"). News uses weekday
 * names for the week around the writing: a past one is most likely the same day or the day before, a future
 * one the next day or so. The costs below encode that decay.
 */
public record WeekdayClue(DayOfWeek weekday, Tense tense, String evidence) implements DateClue {

    // -ln of the share of stories written k days after (past) or before (future) the weekday they name,
    // relative to the likeliest k; roughly: past 40% same day, 35% next day, then a thin tail over the week
    private static final double[] PAST_COST = {0, 0.15, 1.2, 1.8, 2.2, 2.4, 2.6};
    private static final double[] FUTURE_COST = {0.8, 0, 0.5, 1.0, 1.5, 1.8, 2.0};
    private static final double WEIGHT = 1.0;

    @Override
    public double cost(LocalDate day) {
        int back = Math.floorMod(day.getDayOfWeek().getValue() - weekday.getValue(), 7);
        int ahead = Math.floorMod(weekday.getValue() - day.getDayOfWeek().getValue(), 7);
        double c = switch (tense) {
            case PAST -> PAST_COST[back];
            case FUTURE -> FUTURE_COST[ahead];
            case UNKNOWN -> Math.min(PAST_COST[back], FUTURE_COST[ahead]);
        };
        return WEIGHT * c;
    }

    @Override
    public String reading() { return tense.name().toLowerCase() + " weekday"; }

    @Override
    public IntStream years() { return IntStream.empty(); }

    @Override
    public double weight() { return WEIGHT * 2.6; }
}
