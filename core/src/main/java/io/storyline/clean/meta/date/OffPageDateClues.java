package io.storyline.clean.meta.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.storyline.clean.meta.date.StampWeights.ADDRESS;
import static io.storyline.clean.meta.date.StampWeights.HINT;

/** Clues from outside the visible text: the markup's published time and a date in the page's address. */
final class OffPageDateClues {

    private static final Pattern ISO_START = Pattern.compile("^\\s*((?:19|20)\\d{2})-(\\d{2})-(\\d{2})");
    private static final Pattern URL_DAY = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|[-_]|$)");
    private static final Pattern URL_COMPACT_DAY = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/");

    private final DateMentionFinder finder;

    OffPageDateClues(DateMentionFinder finder) {
        this.finder = finder;
    }

    void hint(String published, List<DateClue> clues) {
        if (published == null || published.isBlank()) return;
        Matcher iso = ISO_START.matcher(published);
        LocalDate date = null;
        if (iso.find()) {
            try {
                date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            } catch (DateTimeException notADay) {
                return; // "2024-13-45" in a page's metadata (found by fuzzing): no clue rather than no article
            }
        } else {
            date = finder.find(published).stream().filter(m -> m.kind() == DateMention.Kind.FULL_DATE)
                    .map(DateMention::date).findFirst().orElse(null);
        }
        if (date != null) clues.add(new ExactDayClue(date, HINT, "page metadata", published.strip()));
    }

    void address(String url, List<DateClue> clues) {
        if (url == null) return;
        for (Pattern p : List.of(URL_DAY, URL_COMPACT_DAY)) {
            Matcher m = p.matcher(url);
            if (m.find()) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                    clues.add(new ExactDayClue(d, ADDRESS, "date in the address", m.group()));
                    return;
                } catch (DateTimeException ignored) {
                    // not a date after all (an id that looks like one)
                }
            }
        }
        Matcher m = URL_MONTH.matcher(url);
        if (m.find()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                clues.add(new MonthClue(YearMonth.of(Integer.parseInt(m.group(1)), month), ADDRESS * 0.7,
                        "month in the address", m.group()));
            }
        }
    }
}
