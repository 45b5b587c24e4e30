package io.storyline.clean;

/**
 * A page's publication date with the reason it was chosen.
 *
 * @param value       ISO date at its granularity: "2023-01-30", "2024-04", "2022", "2023-01-30T00:19"
 * @param granularity how much of the date is known
 * @param evidence    the text (or texts, joined by " | ") that decided it and how
 * @param confidence  0..1
 */
public record PublishedDate(String value, Granularity granularity, String evidence, double confidence) {
}
