package io.storyline.clean.meta.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;

/**
 * One date-like span of a line, as printed. Fields not given by the kind are null or 0.
 *
 * @param hasTime a clock time follows the date: the mark of a machine stamp rather than prose
 * @param clock   that clock time as printed, on the 24-hour clock, or null when none follows or it is no time of day
 */
public record DateMention(Kind kind, int start, int end, String text, LocalDate date, Month month, int day,
                          int year, DayOfWeek weekday, boolean hasTime, LocalTime clock) {

    public enum Kind { FULL_DATE, DAY_AND_YEAR, MONTH_AND_YEAR, MONTH_AND_DAY, MONTH, YEAR, WEEKDAY }
}
