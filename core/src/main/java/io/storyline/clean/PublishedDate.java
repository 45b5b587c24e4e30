package io.storyline.clean;

import java.time.LocalDate;

/**
 * A page's publication date with the reason it was chosen.
 *
 * @param value       ISO date at its granularity: "2023-01-30", "2024-04", "2022", "2023-01-30T00:19"
 * @param granularity how much of the date is known
 * @param evidence    the text (or texts, joined by " | ") that decided it and how
 * @param confidence  0..1
 */
public record PublishedDate(String value, Granularity granularity, String evidence, double confidence) {

    /** The first day the value can mean: "2024-04" is 2024-04-01. */
    public LocalDate firstDay() {
        return IsoPeriod.firstDay(value);
    }

    /** The last day the value can mean: "2024-04" is 2024-04-30. */
    public LocalDate lastDay() {
        return IsoPeriod.lastDay(value);
    }
}
