package io.storyline.clean;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** The span of days an ISO date at any granularity covers: "2022", "2024-04", "2023-01-30", "2023-01-30T00:19". */
public final class IsoPeriod {
    private IsoPeriod() {
    }

    public static LocalDate firstDay(String iso) {
        return switch (datePart(iso).length()) {
            case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
            case 7 -> YearMonth.parse(iso).atDay(1);
            default -> LocalDate.parse(datePart(iso));
        };
    }

    public static LocalDate lastDay(String iso) {
        return switch (datePart(iso).length()) {
            case 4 -> LocalDate.of(Integer.parseInt(iso), 12, 31);
            case 7 -> YearMonth.parse(iso).atEndOfMonth();
            default -> LocalDate.parse(datePart(iso));
        };
    }

    /** Whether a string is an ISO date at year, month or day granularity (a time part is allowed). */
    public static boolean isValid(String iso) {
        try {
            firstDay(iso);
            return true;
        } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }

    private static String datePart(String iso) {
        int t = iso.indexOf('T');
        String date = t < 0 ? iso : iso.substring(0, t);
        if (date.length() != 4 && date.length() != 7 && date.length() != 10) {
            throw new DateTimeParseException("not an ISO date at year, month or day granularity", iso, 0);
        }
        return date;
    }
}
