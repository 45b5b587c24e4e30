package io.storyline.clean.meta.date;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.IntStream;

/** A page cannot be published after it was fetched. */
public record CrawlTimeClue(LocalDate fetched) implements DateClue {

    @Override
    public double cost(LocalDate day) {
        return day.isAfter(fetched) ? weight() : 0;
    }

    @Override
    public String evidence() { return "fetched " + fetched; }

    @Override
    public String reading() { return "crawl time (upper bound)"; }

    @Override
    public IntStream years() { return IntStream.of(fetched.getYear()); }

    @Override
    public double weight() { return 12; }

    /** Days between fetch and a candidate, for reports. */
    public long daysBefore(LocalDate day) { return ChronoUnit.DAYS.between(day, fetched); }
}
