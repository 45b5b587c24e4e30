package io.storyline.clean.meta.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date-like spans in English text, longest forms first so that "Jan. 30, 2023" is one full date and not a
 * month-day plus a year. Hand-written: the time taggers we could use resolve against a reference date, and here
 * the reference date is the unknown; we need the raw printed pieces.
 */
public final class DateMentionFinder {

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String FULL_MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String CLOCK = "(?:,?\\s*(?:at\\s+|-\\s*)?(\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?\\s*(?:[AaPp]\\.?[Mm]\\.?)?"
            + "(?:\\s*(?:[A-Z]{2,4}|GMT[+-]?\\d*|UTC|Z))?))?";

    private static final Pattern MDY = Pattern.compile("(?i)\\b(?:" + WEEKDAY + ",?\\s+)?" + MONTH
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b" + CLOCK);
    private static final Pattern DMY = Pattern.compile("(?i)\\b(?:" + WEEKDAY + ",?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + MONTH + ",?\\s+" + YEAR + "\\b" + CLOCK);
    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?))?");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.])(\\d{1,2})([/.])(\\d{1,2})\\2" + YEAR + "\\b" + CLOCK);
    private static final Pattern YMD_SLASH = Pattern.compile("\\b" + YEAR + "/(\\d{1,2})/(\\d{1,2})\\b" + CLOCK);
    private static final Pattern DAY_AND_YEAR = Pattern.compile("(?<![\\w.,:/])(\\d{1,2}),\\s+" + YEAR
            + "\\s+(?:at\\s+)?(\\d{1,2}:\\d{2}\\s*(?:[AaPp][Mm])?)");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:\\s*(?:-|–|to|and)\\s*\\d{1,2})?(?![\\d:])");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + FULL_MONTH + "\\b");
    private static final Pattern BARE_MONTH = Pattern.compile("\\b(?:in|for|since|until|till|by|during|of|last|next|"
            + "early|late|mid-|end of|this|from|before|after)\\s+" + FULL_MONTH + "\\b(?!\\s+\\d)");
    private static final Pattern ENDS_WITH_MONTH = Pattern.compile("(?i)" + MONTH + "$");
    private static final Pattern WEEKDAY_NAME = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d,.$€£/#:-])\\b" + YEAR + "\\b(?![\\d,.]?\\d|%|/|-\\d|:)");

    public List<DateMention> find(String line) {
        List<DateMention> found = new ArrayList<>();
        BitSet taken = new BitSet(line.length());
        fullDates(line, MDY, 3, 2, 4, 1, 5, found, taken);
        fullDates(line, DMY, 2, 3, 4, 1, 5, found, taken);
        isoDates(line, found, taken);
        numericDates(line, found, taken);
        for (Matcher m = YMD_SLASH.matcher(line); m.find(); ) {
            if (free(taken, m)) add(found, taken, m, full(m, safeDate(num(m, 1), num(m, 2), num(m, 3)), null, m.group(4) != null));
        }
        for (Matcher m = DAY_AND_YEAR.matcher(line); m.find(); ) {
            if (!free(taken, m) || precededByMonth(line, m.start())) continue;
            int day = num(m, 1);
            if (day < 1 || day > 31) continue;
            add(found, taken, m, new DateMention(DateMention.Kind.DAY_AND_YEAR, m.start(), m.end(), m.group(),
                    null, null, day, num(m, 2), null, true));
        }
        for (Matcher m = MONTH_YEAR.matcher(line); m.find(); ) {
            if (!free(taken, m) || !capitalised(m.group(1))) continue;
            add(found, taken, m, new DateMention(DateMention.Kind.MONTH_AND_YEAR, m.start(), m.end(), m.group(),
                    null, month(m.group(1)), 0, num(m, 2), null, false));
        }
        for (Matcher m = MONTH_DAY.matcher(line); m.find(); ) {
            if (!free(taken, m) || !capitalised(m.group(1)) || !validDay(month(m.group(1)), num(m, 2))) continue;
            add(found, taken, m, new DateMention(DateMention.Kind.MONTH_AND_DAY, m.start(), m.end(), m.group(),
                    null, month(m.group(1)), num(m, 2), 0, null, false));
        }
        for (Matcher m = DAY_MONTH.matcher(line); m.find(); ) {
            if (!free(taken, m) || !validDay(month(m.group(2)), num(m, 1))) continue;
            add(found, taken, m, new DateMention(DateMention.Kind.MONTH_AND_DAY, m.start(), m.end(), m.group(),
                    null, month(m.group(2)), num(m, 1), 0, null, false));
        }
        for (Matcher m = BARE_MONTH.matcher(line); m.find(); ) {
            if (!taken.get(m.start(1), m.end(1)).isEmpty()) continue;
            add(found, taken, m, new DateMention(DateMention.Kind.MONTH, m.start(1), m.end(1), m.group(),
                    null, month(m.group(1)), 0, 0, null, false));
        }
        for (Matcher m = WEEKDAY_NAME.matcher(line); m.find(); ) {
            if (!free(taken, m)) continue;
            add(found, taken, m, new DateMention(DateMention.Kind.WEEKDAY, m.start(), m.end(), m.group(),
                    null, null, 0, 0, weekday(m.group(1)), false));
        }
        for (Matcher m = BARE_YEAR.matcher(line); m.find(); ) {
            if (!free(taken, m)) continue;
            add(found, taken, m, new DateMention(DateMention.Kind.YEAR, m.start(), m.end(), m.group(),
                    null, null, 0, num(m, 1), null, false));
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    private void fullDates(String line, Pattern p, int dayGroup, int monthGroup, int yearGroup, int weekdayGroup,
                           int clockGroup, List<DateMention> found, BitSet taken) {
        for (Matcher m = p.matcher(line); m.find(); ) {
            if (!free(taken, m)) continue;
            Month month = month(m.group(monthGroup));
            LocalDate date = safeDate(num(m, yearGroup), month.getValue(), num(m, dayGroup));
            DayOfWeek wd = m.group(weekdayGroup) == null ? null : weekday(m.group(weekdayGroup));
            add(found, taken, m, full(m, date, wd, m.group(clockGroup) != null));
        }
    }

    private void isoDates(String line, List<DateMention> found, BitSet taken) {
        for (Matcher m = ISO.matcher(line); m.find(); ) {
            if (free(taken, m)) add(found, taken, m, full(m, safeDate(num(m, 1), num(m, 2), num(m, 3)), null, m.group(4) != null));
        }
    }

    /** 1/30/2023 is month first (US); 30.01.2023 and 30/01/2023 with a first part over 12 are day first. */
    private void numericDates(String line, List<DateMention> found, BitSet taken) {
        for (Matcher m = NUMERIC.matcher(line); m.find(); ) {
            if (!free(taken, m)) continue;
            int a = num(m, 1), b = num(m, 3), y = num(m, 4);
            boolean dayFirst = a > 12 || m.group(2).equals(".");
            LocalDate date = dayFirst ? safeDate(y, b, a) : safeDate(y, a, b);
            add(found, taken, m, full(m, date, null, m.group(5) != null));
        }
    }

    private static DateMention full(Matcher m, LocalDate date, DayOfWeek weekday, boolean hasTime) {
        if (date == null) return null;
        return new DateMention(DateMention.Kind.FULL_DATE, m.start(), m.end(), m.group(), date, date.getMonth(),
                date.getDayOfMonth(), date.getYear(), weekday, hasTime);
    }

    private static void add(List<DateMention> found, BitSet taken, Matcher m, DateMention mention) {
        if (mention == null) return;
        found.add(mention);
        taken.set(m.start(), m.end());
    }

    private static boolean free(BitSet taken, Matcher m) {
        return taken.get(m.start(), m.end()).isEmpty();
    }

    private static boolean precededByMonth(String line, int start) {
        String before = line.substring(Math.max(0, start - 12), start).strip();
        return ENDS_WITH_MONTH.matcher(before).find();
    }

    private static boolean capitalised(String word) {
        return Character.isUpperCase(word.charAt(0));
    }

    private static boolean validDay(Month month, int day) {
        return day >= 1 && day <= month.maxLength();
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) return month;
        }
        throw new IllegalArgumentException(name);
    }

    static DayOfWeek weekday(String name) {
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(n)) return d;
        }
        throw new IllegalArgumentException(name);
    }
}
