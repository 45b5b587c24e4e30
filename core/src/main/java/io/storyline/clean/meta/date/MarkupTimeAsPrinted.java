package io.storyline.clean.meta.date;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a markup time with a stated offset in the offset the page itself prints. Markup often gives the instant in
 * UTC ("2019-10-18T22:04:00Z") while the page prints the same instant as its readers' local time ("19. Oktober
 * 2019 00:04 Uhr", "Nov 8, 2023 / 10:35 PM PST"); near midnight the two name different days, and the day the page
 * prints is the one its readers see. A printed stamp is the same instant when it differs from the markup's time by
 * a whole or half hour within the range of real time zones (±14 h); the first such stamp above the story's end decides.
 */
final class MarkupTimeAsPrinted {

    private static final Pattern WRITTEN = Pattern.compile(
            "^\\s*((?:19|20)\\d{2})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::\\d{2})?(?:[.,]\\d+)?\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})\\s*$");
    /** Zones differ from UTC by whole or half hours (a few by 45 minutes, rare enough to leave out). */
    private static final long OFFSET_STEP_MINUTES = 30;
    private static final long MAX_OFFSET_MINUTES = 14 * 60;

    private MarkupTimeAsPrinted() {
    }

    /** The clue re-dated to the printed local day, or the clue itself when no printed stamp is the same instant. */
    static DateClue reread(ExactDayClue markup, List<LocalDateTime> printed) {
        LocalDateTime utc = utc(markup.evidence());
        if (utc == null) return markup;
        for (LocalDateTime p : printed) {
            long offset = Duration.between(utc, p.truncatedTo(ChronoUnit.MINUTES)).toMinutes();
            if (offset % OFFSET_STEP_MINUTES != 0 || Math.abs(offset) > MAX_OFFSET_MINUTES) continue;
            LocalDate local = p.toLocalDate();
            if (local.equals(markup.date())) return markup;
            return new ExactDayClue(local, markup.weight(), markup.reading() + ", read at the offset the page prints ("
                    + ZoneOffset.ofTotalSeconds((int) offset * 60) + ")", markup.evidence());
        }
        return markup;
    }

    /** The written time as a UTC date-time to the minute, or null when it states no offset or is no time. */
    private static LocalDateTime utc(String written) {
        Matcher m = WRITTEN.matcher(written);
        if (!m.matches()) return null;
        try {
            LocalDateTime local = LocalDateTime.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), LocalTime.of(num(m, 4), num(m, 5)));
            String zone = m.group(6);
            ZoneOffset offset = zone.matches("Z|UTC|GMT") ? ZoneOffset.UTC : ZoneOffset.of(zone.length() == 5
                    ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            return local.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeException e) {
            return null; // an impossible time in the markup is no instant
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
