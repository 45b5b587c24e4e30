package io.storyline.clean.meta.date;

import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * A page cannot be published after it was fetched. The day after the fetch costs little (time zones); later
 * days are ruled out whatever the page prints.
 */
public record CrawlTimeClue(LocalDate fetched) implements DateClue {

    private static final double RULED_OUT = 40;

    @Override
    public double cost(LocalDate day) {
        if (!day.isAfter(fetched)) return 0;
        return day.equals(fetched.plusDays(1)) ? 1 : RULED_OUT;
    }

    @Override
    public String evidence() { return "fetched " + fetched; }

    @Override
    public String reading() { return "crawl time (upper bound)"; }

    @Override
    public IntStream years() { return IntStream.of(fetched.getYear()); }

    @Override
    public double weight() { return RULED_OUT; }

    /** The crawl time bounds the answer but never suggests a year of its own. */
    @Override
    public boolean anchors() { return false; }
}
