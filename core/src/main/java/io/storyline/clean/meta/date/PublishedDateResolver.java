package io.storyline.clean.meta.date;

import io.storyline.clean.PublishedDate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Collects a page's date clues and solves them: the one entry point for a page's publication date. */
public final class PublishedDateResolver {

    private final DateClueCollector collector = new DateClueCollector();
    private final PublishedDateSolver solver = new PublishedDateSolver();

    public Optional<PublishedDateSolver.Solution> solve(String rawText, String mainText, String title,
                                                        String hintPublished, String url, Instant fetchedAt) {
        PageLayout layout = new PageLayout(rawText.lines().toList(), mainText, title);
        List<DateClue> clues = collector.collect(layout, hintPublished, url, fetchedAt);
        return solver.solve(clues);
    }

    public Optional<PublishedDate> resolve(String rawText, String mainText, String title, String hintPublished,
                                           String url, Instant fetchedAt) {
        return solve(rawText, mainText, title, hintPublished, url, fetchedAt).map(PublishedDateSolver.Solution::published);
    }
}
