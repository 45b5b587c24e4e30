package io.storyline.clean.meta.date;

import io.storyline.clean.meta.lexicon.TsvResource;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Month and weekday names in the languages pages are written in, from {@code calendar-lexicon.tsv} (users extend
 * the file, not the code). Gives the finder regex alternatives of every form and maps a printed form back to its
 * month or weekday.
 */
public final class CalendarLexicon {

    public static final String RESOURCE = "calendar-lexicon.tsv";

    private final Map<String, Month> months = new HashMap<>();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Set<String> english = new HashSet<>();
    private final String monthPattern;
    private final String weekdayPattern;

    public CalendarLexicon() {
        this(TsvResource.rows(RESOURCE));
    }

    /** @param rows language, "month" or "weekday", number, comma-separated forms */
    public CalendarLexicon(List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length < 4) throw new IllegalArgumentException(RESOURCE + ": expected 4 columns: " + String.join("\t", row));
            int number = Integer.parseInt(row[2].strip());
            for (String form : row[3].split(",")) {
                String f = form.strip().toLowerCase(Locale.ROOT);
                if (f.isEmpty()) continue;
                if (row[0].strip().equals("en")) english.add(f);
                switch (row[1].strip()) {
                    case "month" -> months.put(f, Month.of(number));
                    case "weekday" -> weekdays.put(f, DayOfWeek.of(number));
                    default -> throw new IllegalArgumentException(RESOURCE + ": unknown kind " + row[1]);
                }
            }
        }
        this.monthPattern = alternatives(months.keySet().stream().toList());
        this.weekdayPattern = alternatives(weekdays.keySet().stream().toList());
    }

    /** A regex group-free alternation of every month form, each with its optional (or required) dot. */
    public String monthPattern() { return monthPattern; }

    public String weekdayPattern() { return weekdayPattern; }

    /** The month a printed form names ("Jan.", "März", "août"), or null. */
    public Month month(String printed) {
        return lookUp(months, printed);
    }

    public DayOfWeek weekday(String printed) {
        return lookUp(weekdays, printed);
    }

    /** Whether the printed form is an English name (English capitalises them; a lower-case one is another word). */
    public boolean isEnglish(String printed) {
        String p = printed.strip().toLowerCase(Locale.ROOT);
        return english.contains(p) || p.endsWith(".") && english.contains(p.substring(0, p.length() - 1));
    }

    private static <T> T lookUp(Map<String, T> forms, String printed) {
        String p = printed.strip().toLowerCase(Locale.ROOT);
        T found = forms.get(p);
        if (found == null && p.endsWith(".")) found = forms.get(p.substring(0, p.length() - 1));
        return found;
    }

    /** Longest first, so "June" is not read as "Jun" followed by a stray "e". */
    private static String alternatives(List<String> forms) {
        return forms.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(f -> f.endsWith(".") ? Pattern.quote(f.substring(0, f.length() - 1)) + "\\."
                        : Pattern.quote(f) + "\\.?")
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
