package io.storyline.clean.meta.date;

import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * One piece of evidence about the publication day, expressed as a soft cost over candidate days: 0 where the
 * clue agrees, growing with how badly it disagrees. Costs add up; the solver turns them into a distribution.
 */
public interface DateClue {

    /** How much this clue objects to the page having been published on {@code day}, already weighted. */
    double cost(LocalDate day);

    /** The text the clue was read from, as printed. */
    String evidence();

    /** How it was read, in a few words: "dateline", "past weekday", "copyright year", … */
    String reading();

    /** Years this clue names: the solver searches only years that some clue names. */
    IntStream years();

    /** The largest cost this clue can charge: how much it matters. */
    double weight();

    /** Whether the years this clue names are candidates: weak clues shape the answer but never open a year. */
    default boolean anchors() {
        return weight() >= 2.5;
    }
}
