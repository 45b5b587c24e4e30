package io.storyline.pipeline;

import java.time.Duration;

/**
 * What one page may cost: the time its cleaning and its language annotation may each take (checked
 * cooperatively), and the longest text the language layer annotates. A page over budget is stored with what it
 * has, and the stage that ran over is named.
 *
 * @param clean         time the cleaning of one page may take
 * @param language      time the language layer may take on one page
 * @param languageChars longest text annotated; a longer one is annotated up to the paragraph break before this
 */
public record PageBudget(Duration clean, Duration language, int languageChars) {
    /** Generous: a long real article takes well under a second a stage; only pathological pages come near. */
    public static final PageBudget DEFAULT = new PageBudget(Duration.ofSeconds(60), Duration.ofSeconds(120), 1_000_000);
}
