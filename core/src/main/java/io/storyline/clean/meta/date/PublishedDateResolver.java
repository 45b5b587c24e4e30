package io.storyline.clean.meta.date;

import io.storyline.clean.PublishedDate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Collects a page's date clues and solves them: the one entry point for a page's publication date. */
public final class PublishedDateResolver {

    private final DateClueCollector collector;
    private final PublishedDateSolver solver = new PublishedDateSolver();

    /** @param namesWireAgency tells a wire's copyright credit (which dates the story) from a site footer */
    public PublishedDateResolver(Predicate<String> namesWireAgency) {
        this.collector = new DateClueCollector(namesWireAgency);
    }

    public Optional<PublishedDateSolver.Solution> solve(String rawText, String mainText, String title,
                                                        String hintPublished, String url, Instant fetchedAt) {
        return solver.solve(clues(rawText, mainText, title, new PageDateHints(hintPublished, null, url, fetchedAt, null)));
    }

    /** Every clue the page gives, weighted; {@link #solve(List)} decides among them. */
    public List<DateClue> clues(String rawText, String mainText, String title, PageDateHints hints) {
        PageLayout layout = new PageLayout(rawText.lines().toList(), mainText, title);
        return collector.collect(layout, hints);
    }

    public Optional<PublishedDateSolver.Solution> solve(List<DateClue> clues) {
        return solver.solve(clues);
    }

    public Optional<PublishedDate> resolve(String rawText, String mainText, String title, String hintPublished,
                                           String url, Instant fetchedAt) {
        return solve(rawText, mainText, title, hintPublished, url, fetchedAt).map(PublishedDateSolver.Solution::published);
    }
}
