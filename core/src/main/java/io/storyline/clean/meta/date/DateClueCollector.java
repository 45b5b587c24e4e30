package io.storyline.clean.meta.date;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gathers every clue a page gives about its publication day, each weighted by where and how it is printed:
 * a labelled dateline is strong, a date in a weather widget above the story weak, a date inside a sentence
 * only bounds the day. The solver, not this class, decides.
 */
public final class DateClueCollector {

    // A stamp's mismatch cost is about ln(days a wrong stamp could name, ~3650) plus the log-odds that the
    // stamp is right: that is what lets one good stamp outweigh a year of days that no clue objects to.
    private static final double HINT = 18;
    private static final double LABELLED = 15;
    private static final double WIRE_DATELINE = 14;
    private static final double ADDRESS = 13;
    private static final double LEAD_STAMP = 12;
    private static final double TRUNCATED_STAMP = 9;
    private static final double LATER_LABELLED = 3;
    private static final double UPDATE_STAMP = 3;
    private static final double OTHER_STAMP = 2;
    private static final double MASTHEAD = 3;
    private static final double WIDGET = 0.4;

    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?i)(?:published|posted|date|dated|released|created|issued|first published)\\s*(?:on|at)?\\s*[:|-]?\\s*$");
    private static final Pattern UPDATE_BEFORE = Pattern.compile("(?i)(?:updated|modified|last updated|edited)\\s*(?:on|at)?\\s*[:|-]?\\s*$");
    private static final Pattern LABEL_LINE = Pattern.compile(
            "(?i)(?:published|posted|date|dated|released|created|issued|first published)\\s*(?:on|at)?\\s*:?");
    private static final Pattern WEATHER = Pattern.compile("(?i)(?:^-?\\d{1,3}(?:\\.\\d)?\\s*°?\\s*[CF]$|°|\\bweather\\b|\\btoday is\\b)");
    private static final Pattern WIRE_PREFIX = Pattern.compile("^\\s*[A-Z][A-Z .'’/-]{1,40},(?:\\s+[A-Z][a-z]+,)?\\s*$");
    private static final Pattern WIRE_SUFFIX = Pattern.compile("^\\s*(?:\\([^)]{1,40}\\))?\\s*(?:[-–—]|--)");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?((?:19|20)\\d{2})(?:\\s*[-–]\\s*((?:19|20)\\d{2}))?");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘(\\[]?[A-Z0-9])");
    private static final Pattern BYLINE_START = Pattern.compile("^\\s*(?:[Bb]y|BY|[Pp]ar|[Vv]on|[Pp]or|[Ww]ritten by|[Pp]osted by)\\s+\\p{Lu}");
    private static final Pattern LAST_YEAR = Pattern.compile("(?i)\\blast year\\b");
    private static final Pattern URL_DAY = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|[-_]|$)");
    private static final Pattern URL_COMPACT_DAY = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/");

    private final DateMentionFinder finder = new DateMentionFinder();
    private final Predicate<String> namesWireAgency;

    /** @param namesWireAgency tells a wire's copyright credit (which dates the story) from a site footer */
    public DateClueCollector(Predicate<String> namesWireAgency) {
        this.namesWireAgency = namesWireAgency;
    }

    public List<DateClue> collect(PageLayout page, String hintPublished, String url, Instant fetchedAt) {
        List<DateClue> clues = new ArrayList<>();
        hint(hintPublished, clues);
        address(url, clues);
        LocalDate fetchedDay = fetchedAt == null ? null : fetchedAt.atZone(ZoneOffset.UTC).toLocalDate();
        if (fetchedDay != null) clues.add(new CrawlTimeClue(fetchedDay));
        Set<String> seenSentences = new HashSet<>();
        Set<String> seenReadings = new HashSet<>();
        StampOrder order = new StampOrder();
        int firstStoryLine = firstStoryLine(page);
        for (int i = 0; i < page.size(); i++) {
            String line = page.line(i);
            if (line.isBlank()) continue;
            copyright(page, i, clues, seenReadings);
            if (PageLayout.words(line) < 7 || !page.inStory(i) || BYLINE_START.matcher(line).find() || hasClockedDate(line)) {
                stamps(page, i, fetchedDay, order, clues, seenReadings);
            } else {
                for (String sentence : SENTENCE_END.split(line.strip())) {
                    if (seenSentences.add(sentence)) prose(sentence, i == firstStoryLine, clues, seenReadings);
                }
            }
        }
        return clues;
    }

    /**
     * The first labelled date and the first date stamp before the story's end are the page's own; later ones
     * date other items (related stories, comments, data rows).
     */
    private static final class StampOrder {
        boolean labelledTaken;
        boolean leadTaken;
    }

    private boolean hasClockedDate(String line) {
        return finder.find(line).stream().anyMatch(m -> m.kind() == DateMention.Kind.FULL_DATE && m.hasTime());
    }

    private static int firstStoryLine(PageLayout page) {
        for (int i = 0; i < page.size(); i++) if (page.inStory(i) && PageLayout.words(page.line(i)) >= 7) return i;
        return -1;
    }

    private void hint(String published, List<DateClue> clues) {
        if (published == null || published.isBlank()) return;
        Matcher iso = Pattern.compile("^\\s*((?:19|20)\\d{2})-(\\d{2})-(\\d{2})").matcher(published);
        LocalDate date = null;
        if (iso.find()) {
            date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        } else {
            date = finder.find(published).stream().filter(m -> m.kind() == DateMention.Kind.FULL_DATE)
                    .map(DateMention::date).findFirst().orElse(null);
        }
        if (date != null) clues.add(new ExactDayClue(date, HINT, "page metadata", published.strip()));
    }

    private void address(String url, List<DateClue> clues) {
        if (url == null) return;
        for (Pattern p : List.of(URL_DAY, URL_COMPACT_DAY)) {
            Matcher m = p.matcher(url);
            if (m.find()) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                    clues.add(new ExactDayClue(d, ADDRESS, "date in the address", m.group()));
                    return;
                } catch (java.time.DateTimeException ignored) {
                    // not a date after all (an id that looks like one)
                }
            }
        }
        Matcher m = URL_MONTH.matcher(url);
        if (m.find()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                clues.add(new MonthClue(java.time.YearMonth.of(Integer.parseInt(m.group(1)), month), ADDRESS * 0.7,
                        "month in the address", m.group()));
            }
        }
    }

    private void copyright(PageLayout page, int i, List<DateClue> clues, Set<String> seen) {
        for (Matcher m = COPYRIGHT.matcher(page.line(i)); m.find(); ) {
            int year = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(1));
            boolean ofTheStory = page.closesStory(i) && m.group(2) == null && namesWireAgency.test(page.line(i));
            if (seen.add("copyright " + year + ofTheStory)) clues.add(YearClue.copyright(year, ofTheStory, m.group()));
        }
    }

    /** Dates on short lines or outside the story: stamps, datelines, widgets, dates of other items. */
    private void stamps(PageLayout page, int i, LocalDate fetchedDay, StampOrder order, List<DateClue> clues,
                        Set<String> seen) {
        String line = page.line(i);
        for (DateMention m : finder.find(line)) {
            String before = line.substring(0, m.start());
            boolean labelled = LABEL_BEFORE.matcher(before).find()
                    || before.isBlank() && LABEL_LINE.matcher(page.previousText(i)).matches();
            boolean update = UPDATE_BEFORE.matcher(before).find();
            // a stamp: alone on its line, on the byline's line, or followed by a clock time as machines print it
            boolean standalone = PageLayout.words(before + " " + line.substring(m.end())) <= 6 || m.hasTime()
                    || BYLINE_START.matcher(line).find() && PageLayout.words(before) <= 8;
            switch (m.kind()) {
                case FULL_DATE -> {
                    DateClue clue;
                    if (update) {
                        clue = new EventDateClue(m.date(), Tense.PAST, 60, UPDATE_STAMP, m.text());
                    } else if (labelled) {
                        double w = order.labelledTaken ? LATER_LABELLED : LABELLED + (m.hasTime() ? 1 : 0);
                        order.labelledTaken = true;
                        clue = new ExactDayClue(m.date(), w, w >= LABELLED ? "labelled dateline" : "later labelled date",
                                context(page, i, m));
                    } else if (nearWeather(page, i)) {
                        clue = new ExactDayClue(m.date(), WIDGET, "date in a header widget", context(page, i, m));
                    } else if (m.date().equals(fetchedDay) && !page.inStory(i)) {
                        clue = new ExactDayClue(m.date(), WIDGET, "crawl-day date outside the story", m.text());
                    } else if (standalone && m.weekday() != null && !m.hasTime() && !order.leadTaken) {
                        // "Friday, March 29, 2024" on its own, no time, before any stamp: the form of a masthead's today
                        clue = new ExactDayClue(m.date(), MASTHEAD, "weekday date before any stamp (often today's)", m.text());
                    } else if (standalone && !page.afterStory(i) && !order.leadTaken) {
                        order.leadTaken = true;
                        clue = new ExactDayClue(m.date(), LEAD_STAMP + (m.hasTime() ? 1 : 0), "first date stamp on the page", m.text());
                    } else if (standalone) {
                        clue = new ExactDayClue(m.date(), OTHER_STAMP, "date elsewhere on the page", m.text());
                    } else {
                        clue = new EventDateClue(m.date(), Tense.UNKNOWN, 60, 1.0, m.text());
                    }
                    if (seen.add(clue.reading() + " " + m.date())) clues.add(clue);
                }
                case DAY_AND_YEAR -> {
                    if (seen.add("day and year " + m.day() + " " + m.year())) {
                        clues.add(new DayAndYearClue(m.day(), m.year(), TRUNCATED_STAMP, m.text()));
                    }
                }
                case MONTH_AND_YEAR -> {
                    if ((labelled || standalone && page.inLead(i)) && seen.add("month stamp " + m.month() + m.year())) {
                        clues.add(new MonthClue(java.time.YearMonth.of(m.year(), m.month()), labelled ? LABELLED / 2 : 3,
                                "month stamp", m.text()));
                    }
                }
                default -> {
                    // bare weekdays, months and years outside prose say nothing reliable (menus, archives)
                }
            }
        }
    }

    /** Dates inside sentences of the story: bounds and relations, plus the wire dateline of its first line. */
    private void prose(String sentence, boolean firstLine, List<DateClue> clues, Set<String> seen) {
        List<DateMention> mentions = finder.find(sentence);
        boolean recent = Tense.isCalledRecent(sentence);
        for (DateMention m : mentions) {
            boolean wireDateline = firstLine && m.start() < 60
                    && WIRE_PREFIX.matcher(sentence.substring(0, m.start())).matches()
                    && WIRE_SUFFIX.matcher(sentence.substring(m.end())).find();
            Tense tense = Tense.around(sentence, m.start(), m.end());
            switch (m.kind()) {
                case FULL_DATE -> {
                    if (wireDateline) {
                        clues.add(new ExactDayClue(m.date(), WIRE_DATELINE, "wire dateline",
                                sentence.substring(0, Math.min(sentence.length(), m.end() + 20))));
                    } else if (seen.add("event " + m.date() + tense)) {
                        clues.add(new EventDateClue(m.date(), tense, 30, 2.0, m.text()));
                    }
                }
                case MONTH_AND_DAY -> {
                    if (wireDateline) {
                        clues.add(new MonthDayStampClue(m.month(), m.day(), WIRE_DATELINE - 1, sentence.substring(0, Math.min(sentence.length(), m.end() + 20))));
                    } else if (seen.add("md " + m.month() + m.day() + tense)) {
                        clues.add(new RecurringDateClue(m.month(), m.day(), tense, recent, excerpt(sentence, m)));
                    }
                }
                case MONTH -> {
                    if (tense != Tense.UNKNOWN && seen.add("m " + m.month() + tense)) {
                        clues.add(new RecurringDateClue(m.month(), 0, tense, recent, excerpt(sentence, m)));
                    }
                }
                case MONTH_AND_YEAR, YEAR -> {
                    YearClue clue = switch (tense) {
                        case PAST -> YearClue.pastMention(m.year(), excerpt(sentence, m));
                        case FUTURE -> YearClue.futureMention(m.year(), excerpt(sentence, m));
                        case UNKNOWN -> YearClue.plainMention(m.year(), excerpt(sentence, m));
                    };
                    if (seen.add("y " + m.year() + tense)) clues.add(clue);
                }
                case WEEKDAY -> {
                    if (seen.add("w " + m.weekday() + tense)) clues.add(new WeekdayClue(m.weekday(), tense, excerpt(sentence, m)));
                }
                case DAY_AND_YEAR -> clues.add(new DayAndYearClue(m.day(), m.year(), TRUNCATED_STAMP, m.text()));
            }
        }
        relativeYears(sentence, mentions, clues, seen);
    }

    /**
     * "in 2022 and … last year": the year before publication is named after 2022 in a chronological list, so it
     * is later than 2022 and publication is at least two years later. ("… and this year" is left alone: it
     * as often pairs a plan for a year with a report this year as it lists events in order.)
     */
    private static void relativeYears(String sentence, List<DateMention> mentions, List<DateClue> clues, Set<String> seen) {
        Matcher r = LAST_YEAR.matcher(sentence);
        if (!r.find()) return;
        List<DateMention> listed = mentions.stream()
                .filter(m -> m.kind() == DateMention.Kind.YEAR && m.end() < r.start()).toList();
        boolean consecutive = listed.stream().mapToInt(DateMention::year).distinct().count() == 1;
        listed.stream().filter(m -> sentence.substring(m.end(), r.start()).matches("(?s).{0,80}\\band\\b.{0,80}"))
                .mapToInt(DateMention::year).max().ifPresent(y -> {
                    if (seen.add("last year after " + y)) {
                        int from = Math.max(0, sentence.indexOf(String.valueOf(y)) - 30);
                        clues.add(YearClue.atLeast(y + 2, consecutive, "year order: last year comes after " + y,
                                sentence.substring(from, Math.min(sentence.length(), r.end()))));
                    }
                });
    }

    private static boolean nearWeather(PageLayout page, int i) {
        for (int j = Math.max(0, i - 3); j <= Math.min(page.size() - 1, i + 3); j++) {
            if (WEATHER.matcher(page.line(j).strip()).find()) return true;
        }
        return false;
    }

    private static String context(PageLayout page, int i, DateMention m) {
        String label = page.line(i).substring(0, m.start()).strip();
        if (label.isEmpty()) label = page.previousText(i);
        String text = (label.isEmpty() ? "" : label + " / ") + m.text().strip();
        return text.length() > 100 ? text.substring(text.length() - 100) : text;
    }

    private static String excerpt(String sentence, DateMention m) {
        int from = Math.max(0, m.start() - 50);
        int to = Math.min(sentence.length(), m.end() + 15);
        return sentence.substring(from, to).strip();
    }
}
