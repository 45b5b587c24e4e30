package io.storyline.clean.meta.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date-like spans in text, month names in the languages of the {@link CalendarLexicon}, longest forms first so that "Jan. 30, 2023" is one full date and not a
 * month-day plus a year. Hand-written: the time taggers we could use resolve against a reference date, and here
 * the reference date is the unknown; we need the raw printed pieces.
 */
public final class DateMentionFinder {

    private static final String FULL_MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String YEAR = "((?:19|20)\\d{2})";
    /**
     * After a year: not another digit. Not a word boundary, because pages whose markup runs one element into the
     * next lose the space between them ("August 19, 2019August 19, 2019", "08/08/2017durch Stephan").
     */
    private static final String YEAR_END = "(?!\\d)";
    private static final String CLOCK = "(?:,?\\s*(?:at\\s+|um\\s+|à\\s+|a las\\s+|-\\s*|\\|\\s*|/\\s*)?(\\d{1,2}[:h]\\d{2}(?::\\d{2})?(?:\\.\\d+)?\\s*(?:[AaPp]\\.?[Mm]\\.?)?"
            + "(?:\\s*(?:Uhr|[A-Z]{2,4}|GMT[+-]?\\d*|UTC|Z))?))?";

    private static final Pattern CLOCK_PARTS = Pattern.compile("(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(?:([AaPp])\\.?[Mm]\\.?)?");
    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?))?");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.])(\\d{1,2})([/.])\\s?(\\d{1,2})\\2\\s?" + YEAR + YEAR_END + CLOCK);
    /** "02.12.19": two-digit years only with dots, the German stamp form, and only this century. */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d/.,])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.,]\\d|\\d)" + CLOCK);
    private static final Pattern YMD_SLASH = Pattern.compile("\\b" + YEAR + "/(\\d{1,2})/(\\d{1,2})\\b" + CLOCK);
    /** 2020年7月11日 (Chinese, Japanese) and 2020년 7월 11일 (Korean). */
    private static final Pattern YMD_CJK = Pattern.compile(YEAR + "\\s?[年년]\\s?(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})\\s?[日일]" + CLOCK);
    private static final Pattern DAY_AND_YEAR = Pattern.compile("(?<![\\w.,:/])(\\d{1,2}),\\s+" + YEAR
            + "\\s+(?:at\\s+)?(\\d{1,2}:\\d{2}\\s*(?:[AaPp][Mm])?)");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+)?" + FULL_MONTH + "\\b");
    private static final Pattern BARE_MONTH = Pattern.compile("\\b(?:in|for|since|until|till|by|during|of|last|next|"
            + "early|late|mid-|end of|this|from|before|after)\\s+" + FULL_MONTH + "\\b(?!\\s+\\d)");
    private static final Pattern WEEKDAY_NAME = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d,.$€£/#:-])\\b" + YEAR + "\\b(?![\\d,.]?\\d|%|/|-\\d|:)");

    private final CalendarLexicon calendar;
    private final Pattern mdy;
    private final Pattern dmy;
    private final Pattern monthYear;
    private final Pattern monthDay;
    private final Pattern endsWithMonth;
    private final Pattern startsWithMonth;

    public DateMentionFinder() {
        this(new CalendarLexicon());
    }

    /** Month and weekday names come from the lexicon, in every language it lists at once. */
    public DateMentionFinder(CalendarLexicon calendar) {
        this.calendar = calendar;
        String month = "(" + calendar.monthPattern() + ")";
        String weekday = "(" + calendar.weekdayPattern() + ")";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.mdy = Pattern.compile("(?<!\\p{L})(?:" + weekday + ",?\\s+)?" + month
                + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + YEAR_END + CLOCK, flags);
        // "30 January 2023", "3. August 2015", "1er novembre 2021", "3 de agosto de 2015", "Donnerstag, 2. August 2018"
        this.dmy = Pattern.compile("\\b(?:" + weekday + ",?\\s+)?(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s*(?:of\\s+|de\\s+)?"
                + month + ",?\\s+(?:de\\s+|del\\s+)?" + YEAR + YEAR_END + CLOCK, flags);
        this.monthYear = Pattern.compile("(?<![\\p{L}])" + month + ",?\\s+(?:de\\s+)?" + YEAR + YEAR_END, flags);
        this.monthDay = Pattern.compile("(?<![\\p{L}])" + month + "\\s+(\\d{1,2})(?:st|nd|rd|th)?"
                + "(?:\\s*(?:-|–|to|and)\\s*\\d{1,2})?(?![\\d:])", flags);
        this.endsWithMonth = Pattern.compile(month + "$", flags);
        this.startsWithMonth = Pattern.compile("^" + month + "(?![\\p{L}])", flags);
    }

    /** Whether the text opens with a month name of the lexicon ("August 2015 …"). */
    public boolean startsWithMonth(String text) {
        return startsWithMonth.matcher(text).find();
    }

    /** The dates of a line, numeric ones read month first (01/02/2020 is January 2) as in English. */
    public List<DateMention> find(String line) {
        return find(line, false);
    }

    /** @param dayFirst read an ambiguous numeric date day first (01/02/2020 is 1 February), as outside English */
    public List<DateMention> find(String line, boolean dayFirst) {
        List<DateMention> found = new ArrayList<>();
        BitSet taken = new BitSet(line.length());
        fullDates(line, mdy, 3, 2, 4, 1, 5, found, taken);
        fullDates(line, dmy, 2, 3, 4, 1, 5, found, taken);
        isoDates(line, found, taken);
        numericDates(line, dayFirst, found, taken);
        for (Pattern ymd : List.of(YMD_SLASH, YMD_CJK)) {
            for (Matcher m = ymd.matcher(line); m.find(); ) {
                if (free(taken, m)) add(found, taken, m, full(m, safeDate(num(m, 1), num(m, 2), num(m, 3)), null, m.group(4)));
            }
        }
        for (Matcher m = SHORT_YEAR.matcher(line); m.find(); ) {
            if (free(taken, m)) add(found, taken, m, full(m, safeDate(2000 + num(m, 3), num(m, 2), num(m, 1)), null, m.group(4)));
        }
        for (Matcher m = DAY_AND_YEAR.matcher(line); m.find(); ) {
            if (!free(taken, m) || precededByMonth(line, m.start())) continue;
            int day = num(m, 1);
            if (day < 1 || day > 31) continue;
            add(found, taken, m, new DateMention(DateMention.Kind.DAY_AND_YEAR, m.start(), m.end(), m.group(),
                    null, null, day, num(m, 2), null, true, null));
        }
        for (Matcher m = monthYear.matcher(line); m.find(); ) {
            if (!free(taken, m) || !capitalisedIfEnglish(m.group(1))) continue;
            add(found, taken, m, new DateMention(DateMention.Kind.MONTH_AND_YEAR, m.start(), m.end(), m.group(),
                    null, month(m.group(1)), 0, num(m, 2), null, false, null));
        }
        for (Matcher m = monthDay.matcher(line); m.find(); ) {
            if (!free(taken, m) || !capitalisedIfEnglish(m.group(1)) || !validDay(month(m.group(1)), num(m, 2))) continue;
            add(found, taken, m, new DateMention(DateMention.Kind.MONTH_AND_DAY, m.start(), m.end(), m.group(),
                    null, month(m.group(1)), num(m, 2), 0, null, false, null));
        }
        for (Matcher m = DAY_MONTH.matcher(line); m.find(); ) {
            if (!free(taken, m) || !validDay(month(m.group(2)), num(m, 1))) continue;
            add(found, taken, m, new DateMention(DateMention.Kind.MONTH_AND_DAY, m.start(), m.end(), m.group(),
                    null, month(m.group(2)), num(m, 1), 0, null, false, null));
        }
        for (Matcher m = BARE_MONTH.matcher(line); m.find(); ) {
            if (!taken.get(m.start(1), m.end(1)).isEmpty()) continue;
            add(found, taken, m, new DateMention(DateMention.Kind.MONTH, m.start(1), m.end(1), m.group(),
                    null, month(m.group(1)), 0, 0, null, false, null));
        }
        for (Matcher m = WEEKDAY_NAME.matcher(line); m.find(); ) {
            if (!free(taken, m)) continue;
            add(found, taken, m, new DateMention(DateMention.Kind.WEEKDAY, m.start(), m.end(), m.group(),
                    null, null, 0, 0, weekday(m.group(1)), false, null));
        }
        for (Matcher m = BARE_YEAR.matcher(line); m.find(); ) {
            if (!free(taken, m)) continue;
            add(found, taken, m, new DateMention(DateMention.Kind.YEAR, m.start(), m.end(), m.group(),
                    null, null, 0, num(m, 1), null, false, null));
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
            add(found, taken, m, full(m, date, wd, m.group(clockGroup)));
        }
    }

    private void isoDates(String line, List<DateMention> found, BitSet taken) {
        for (Matcher m = ISO.matcher(line); m.find(); ) {
            if (free(taken, m)) add(found, taken, m, full(m, safeDate(num(m, 1), num(m, 2), num(m, 3)), null, m.group(4)));
        }
    }

    /**
     * 1/30/2023 is month first (US); 30.01.2023 and 30/01/2023 with a first part over 12 are day first, and so
     * is 01/02/2023 outside English.
     */
    private void numericDates(String line, boolean dayFirstByLanguage, List<DateMention> found, BitSet taken) {
        for (Matcher m = NUMERIC.matcher(line); m.find(); ) {
            if (!free(taken, m)) continue;
            int a = num(m, 1), b = num(m, 3), y = num(m, 4);
            boolean dayFirst = a > 12 || m.group(2).equals(".") || dayFirstByLanguage && b <= 12;
            LocalDate date = dayFirst ? safeDate(y, b, a) : safeDate(y, a, b);
            add(found, taken, m, full(m, date, null, m.group(5)));
        }
    }

    private static DateMention full(Matcher m, LocalDate date, DayOfWeek weekday, String clock) {
        if (date == null) return null;
        return new DateMention(DateMention.Kind.FULL_DATE, m.start(), m.end(), m.group(), date, date.getMonth(),
                date.getDayOfMonth(), date.getYear(), weekday, clock != null, timeOfDay(clock));
    }

    /** "10:35 PM", "17h30", "00:04 Uhr", "13:28:18" as a time of day; null when the numbers are none ("25:61"). */
    static LocalTime timeOfDay(String clock) {
        if (clock == null) return null;
        Matcher m = CLOCK_PARTS.matcher(clock);
        if (!m.find()) return null;
        int hour = num(m, 1), minute = num(m, 2), second = m.group(3) == null ? 0 : num(m, 3);
        if (m.group(4) != null) {
            if (hour < 1 || hour > 12) return null;
            hour = hour % 12 + (Character.toLowerCase(m.group(4).charAt(0)) == 'p' ? 12 : 0);
        }
        return hour < 24 && minute < 60 && second < 60 ? LocalTime.of(hour, minute, second) : null;
    }

    private static void add(List<DateMention> found, BitSet taken, Matcher m, DateMention mention) {
        if (mention == null) return;
        found.add(mention);
        taken.set(m.start(), m.end());
    }

    private static boolean free(BitSet taken, Matcher m) {
        return taken.get(m.start(), m.end()).isEmpty();
    }

    private boolean precededByMonth(String line, int start) {
        String before = line.substring(Math.max(0, start - 12), start).strip();
        return endsWithMonth.matcher(before).find();
    }

    /** English capitalises month names, so "may 2020" is a verb; French or Spanish "mai 2020", "mayo" are months. */
    private boolean capitalisedIfEnglish(String word) {
        return Character.isUpperCase(word.charAt(0)) || !calendar.isEnglish(word);
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

    Month month(String name) {
        Month m = calendar.month(name);
        if (m == null) throw new IllegalArgumentException("not a month in " + CalendarLexicon.RESOURCE + ": " + name);
        return m;
    }

    DayOfWeek weekday(String name) {
        DayOfWeek d = calendar.weekday(name);
        if (d == null) throw new IllegalArgumentException("not a weekday in " + CalendarLexicon.RESOURCE + ": " + name);
        return d;
    }
}
