package io.storyline.nlp.time;

import io.storyline.language.Tense;

import java.time.LocalDate;

/**
 * What a relative expression is resolved against.
 *
 * @param anchor          the document creation date
 * @param tense           the tense of the expression's sentence
 * @param reference       the last calendar value mentioned before (for "a year earlier", "the next day"), or null
 * @param referenceRecent true when that reference sits in the same or the previous sentence
 * @param sameSentenceDay the last full date of the same sentence (for a bare clock time), or null
 * @param period          the last quarter or half-year named in the document ("1989-Q3"), the period a financial
 *                        report is about and that "a year earlier" compares with; or null
 */
record ResolutionContext(LocalDate anchor, Tense tense, String reference, boolean referenceRecent,
                         LocalDate sameSentenceDay, String period) {
}
