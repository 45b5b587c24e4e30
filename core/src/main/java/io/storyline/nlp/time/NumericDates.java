package io.storyline.nlp.time;

import java.time.LocalDate;
import java.util.Optional;

import static io.storyline.nlp.time.Resolution.DATE;

/** All-digit dates: "2024-04-04", "4/4/2024", "04.04.24". */
final class NumericDates {
    private NumericDates() {
    }

    static Optional<TimeMatch> numericDate(TokenView t, int i) {
        if (!t.digits(i) || !t.glued(i + 1) || !t.glued(i + 2) || !t.digits(i + 2)) {
            return Optional.empty();
        }
        String sep = t.lower(i + 1);
        if (!(sep.equals("/") || sep.equals("-") || sep.equals(".")) || !t.is(i + 3, sep) || !t.glued(i + 3)
                || !t.digits(i + 4) || !t.glued(i + 4) || (t.glued(i + 5) && (t.digits(i + 5) || t.is(i + 5, sep)))) {
            return Optional.empty();
        }
        String a = t.get(i).text();
        String b = t.get(i + 2).text();
        String c = t.get(i + 4).text();
        int year;
        int month;
        int day;
        if (a.length() == 4 && b.length() <= 2 && c.length() <= 2) {
            year = Integer.parseInt(a);
            month = Integer.parseInt(b);
            day = Integer.parseInt(c);
        } else if (a.length() <= 2 && b.length() <= 2 && (c.length() == 4 || c.length() == 2) && !sep.equals("-")
                || a.length() <= 2 && b.length() <= 2 && c.length() == 4) {
            int first = Integer.parseInt(a);
            int second = Integer.parseInt(b);
            year = Integer.parseInt(c);
            if (c.length() == 2) {
                year += year < 50 ? 2000 : 1900;
            }
            boolean dayFirst = first > 12 || sep.equals(".");
            month = dayFirst ? second : first;
            day = dayFirst ? first : second;
        } else {
            return Optional.empty();
        }
        if (month < 1 || month > 12 || year < 1000 || !YearChoice.valid(year, month, day)) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(year, month, day);
        return Optional.of(new TimeMatch(i, i + 5, ctx -> new Resolution(DATE, TimeMlValues.day(date), "numeric date")));
    }
}
