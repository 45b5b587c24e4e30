package io.storyline.nlp.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** Spelling of TimeML values and calendar arithmetic on them. */
final class TimeMlValues {
    private TimeMlValues() {
    }

    static String year(int year) {
        return pad4(year);
    }

    static String month(int year, int month) {
        return pad4(year) + "-" + two(month);
    }

    static String day(LocalDate date) {
        return pad4(date.getYear()) + "-" + two(date.getMonthValue()) + "-" + two(date.getDayOfMonth());
    }

    static String week(LocalDate date) {
        return pad4(date.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(int year, int quarter) {
        return pad4(year) + "-Q" + quarter;
    }

    static int quarterOf(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String pad4(int year) {
        if (year >= 1000) {
            return Integer.toString(year);
        }
        String s = Integer.toString(Math.max(year, 0));
        return "0".repeat(4 - s.length()) + s;
    }

    /** A full date value ("1998-03-28") as a date, or null for any coarser or fuzzier value. */
    static LocalDate asDay(String value) {
        if (value == null || value.length() < 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The same calendar period {@code years} years later (negative: earlier): "1989-Q3" -1 → "1988-Q3". */
    static String shiftYears(String value, int years) {
        LocalDate day = asDay(value);
        if (day != null) {
            return day(day.plusYears(years)) + value.substring(10);
        }
        if (value.length() >= 4 && allDigits(value, 4)) {
            return pad4(Integer.parseInt(value.substring(0, 4)) + years) + value.substring(4);
        }
        return null;
    }

    /** True for values that name a calendar period: they start with a four-digit year. */
    static boolean isCalendar(String value) {
        return value.length() >= 4 && allDigits(value, 4);
    }

    private static boolean allDigits(String s, int n) {
        for (int i = 0; i < n; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
