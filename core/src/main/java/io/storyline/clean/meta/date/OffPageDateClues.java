package io.storyline.clean.meta.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.storyline.clean.meta.date.StampWeights.ADDRESS;
import static io.storyline.clean.meta.date.StampWeights.HINT;
import static io.storyline.clean.meta.date.StampWeights.MODIFIED;
import static io.storyline.clean.meta.date.StampWeights.SCRIPT_DATA;

/** Clues from outside the visible text: the markup's published and modified times and a date in the page's address. */
final class OffPageDateClues {

    private static final Pattern ISO_START = Pattern.compile("^\\s*((?:19|20)\\d{2})-(\\d{2})-(\\d{2})");
    private static final Pattern URL_DAY = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|[-_]|$)");
    private static final Pattern URL_COMPACT_DAY = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/");

    /** A time written in UTC: "Z", "+00:00", "+0000" or "UTC" after it. */
    private static final Pattern UTC_TIME = Pattern.compile("^\\s*\\d{4}-\\d{2}-\\d{2}[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:[.,:]\\d+)?\\s*(?:Z|UTC|GMT|[+-]00:?00)\\s*$");

    private final DateMentionFinder finder;
    private final OutletTimeZones zones;

    OffPageDateClues(DateMentionFinder finder, OutletTimeZones zones) {
        this.finder = finder;
        this.zones = zones;
    }

    /**
     * The markup's published and modified times, as the day they write. The one exception is a bare date saved as
     * local midnight in UTC ("2021-11-04T23:00Z" from a German CMS is 5 November): when the outlet's zone is known
     * and the UTC time is exactly midnight there, that local day is meant. Other UTC times keep their UTC day: on
     * the dev pages, outlets that write UTC mostly count the day in UTC too (and a stated non-zero offset is local
     * already).
     */
    void hints(PageDateHints hints, List<DateClue> clues) {
        ZoneId zone = zones.of(hints.url(), hints.language()).orElse(null);
        LocalDate published = day(hints.published(), zone);
        if (published != null) clues.add(new ExactDayClue(published, HINT, "page metadata" + zoneNote(hints.published(), zone),
                hints.published().strip()));
        LocalDate scripted = published == null ? day(hints.scriptPublished(), zone) : null;
        if (scripted != null) clues.add(new ExactDayClue(scripted, SCRIPT_DATA, "publication time in the page's script data",
                hints.scriptPublished().strip()));
        LocalDate modified = day(hints.modified(), zone);
        if (modified != null && !modified.equals(published)) {
            clues.add(new ExactDayClue(modified, MODIFIED, "last modified in the metadata" + zoneNote(hints.modified(), zone),
                    hints.modified().strip()));
        }
    }

    private LocalDate day(String written, ZoneId zone) {
        if (written == null || written.isBlank()) return null;
        Matcher iso = ISO_START.matcher(written);
        if (!iso.find()) {
            return finder.find(written).stream().filter(m -> m.kind() == DateMention.Kind.FULL_DATE)
                    .map(DateMention::date).findFirst().orElse(null);
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            Matcher utc = UTC_TIME.matcher(written);
            if (zone == null || !utc.find()) return date;
            ZonedDateTime local = date.atTime(LocalTime.parse(utc.group(1).length() == 5 ? utc.group(1) + ":00" : utc.group(1)))
                    .atOffset(ZoneOffset.UTC).atZoneSameInstant(zone);
            return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.toLocalDate() : date;
        } catch (DateTimeException e) {
            return null; // an impossible date in the markup ("2019-02-30") is no clue
        }
    }

    private String zoneNote(String written, ZoneId zone) {
        return zone != null && day(written, zone) != null && !day(written, zone).equals(day(written, null))
                ? " (local midnight in UTC, read in " + zone + ")" : "";
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
