package io.storyline.clean.meta.date;

import io.storyline.language.Tense;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.storyline.clean.meta.date.StampWeights.LABELLED;
import static io.storyline.clean.meta.date.StampWeights.LATER_LABELLED;
import static io.storyline.clean.meta.date.StampWeights.LEAD_STAMP;
import static io.storyline.clean.meta.date.StampWeights.MASTHEAD;
import static io.storyline.clean.meta.date.StampWeights.OTHER_STAMP;
import static io.storyline.clean.meta.date.StampWeights.TRAILING_STAMP;
import static io.storyline.clean.meta.date.StampWeights.TRUNCATED_STAMP;
import static io.storyline.clean.meta.date.StampWeights.UPDATE_STAMP;
import static io.storyline.clean.meta.date.StampWeights.WIDGET;

/**
 * Reads dates printed as stamps (alone on a line, on the byline's line, with a clock time, outside the story)
 * and copyright years, for one page. The first labelled date and the first stamp before the story's end are the
 * page's own; later ones date other items (related stories, comments, data rows); a date beside the weather or
 * a weekday date before any stamp is a masthead's today.
 */
final class StampReader {

    static final Pattern BYLINE_START = Pattern.compile("^\\s*(?:[Bb]y|BY|[Pp]ar|[Vv]on|[Pp]or|[Ww]ritten by|[Pp]osted by)\\s+\\p{Lu}");
    private static final DateLabels LABELS = new DateLabels();
    /** What separates the pieces of a byline or meta line: "Paddy · April 19, 2019 · Mac · 7 comments". */
    private static final String PIECE_SEPARATORS = "·•⋅|";
    private static final Pattern WEATHER = Pattern.compile("(?i)(?:^-?\\d{1,3}(?:\\.\\d)?\\s*°?\\s*[CF]$|°|\\bweather\\b|\\btoday is\\b)");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?((?:19|20)\\d{2})(?:\\s*[-–]\\s*((?:19|20)\\d{2}))?");

    static final String MASTHEAD_READING = "weekday date before any stamp (often today's)";

    private final Function<String, List<DateMention>> finder;
    private final Predicate<String> namesWireAgency;
    private final PageLayout page;
    private final LocalDate fetchedDay;
    private final Set<String> seen;
    private boolean labelledTaken;
    private boolean leadTaken;
    /** The first stamp, when it stood far above the story: a stamp at the story's head replaces it. */
    private ExactDayClue farLead;

    StampReader(Function<String, List<DateMention>> finder, Predicate<String> namesWireAgency, PageLayout page, LocalDate fetchedDay,
                Set<String> seen) {
        this.finder = finder;
        this.namesWireAgency = namesWireAgency;
        this.page = page;
        this.fetchedDay = fetchedDay;
        this.seen = seen;
    }

    /** Whether line i is read as stamps rather than as prose. */
    boolean isStampLine(int i) {
        String line = page.line(i);
        return PageLayout.words(line) < 7 || !page.inStory(i) || BYLINE_START.matcher(line).find()
                || finder.apply(line).stream().anyMatch(m -> m.kind() == DateMention.Kind.FULL_DATE
                && (m.hasTime() || isOwnPiece(line, m)));
    }

    void copyright(int i, List<DateClue> clues) {
        for (Matcher m = COPYRIGHT.matcher(page.line(i)); m.find(); ) {
            int year = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(1));
            boolean ofTheStory = page.closesStory(i) && m.group(2) == null && namesWireAgency.test(page.line(i));
            if (seen.add("copyright " + year + ofTheStory)) clues.add(YearClue.copyright(year, ofTheStory, m.group()));
        }
    }

    /** Dates on short lines or outside the story: stamps, datelines, widgets, dates of other items. */
    void stamps(int i, List<DateClue> clues) {
        String line = page.line(i);
        for (DateMention m : finder.apply(line)) {
            String before = line.substring(0, m.start());
            // under the story, after a stamp at its head, a labelled date is the foot's repeat or another item's
            boolean labelled = !(leadTaken && page.afterStory(i)) && (LABELS.publishedBefore(before)
                    || before.isBlank() && LABELS.publishedLine(page.previousText(i)));
            boolean update = LABELS.updatedBefore(before);
            // a stamp: alone on its line, on the byline's line, a piece of a meta line of its own, or followed by a
            // clock time as machines print it
            boolean standalone = PageLayout.words(before + " " + line.substring(m.end())) <= 6 || m.hasTime()
                    || BYLINE_START.matcher(line).find() && PageLayout.words(before) <= 8 || isOwnPiece(line, m);
            switch (m.kind()) {
                case FULL_DATE -> {
                    DateClue clue;
                    if (update) {
                        // published before it; when the markup's modified time agrees, the collector makes it the date
                        clue = new EventDateClue(m.date(), Tense.PAST, 60, UPDATE_STAMP, m.text());
                    } else if (labelled) {
                        double w = labelledTaken ? LATER_LABELLED : LABELLED + (m.hasTime() ? 1 : 0);
                        labelledTaken = true;
                        clue = new ExactDayClue(m.date(), w, w >= LABELLED ? "labelled dateline" : "later labelled date",
                                context(i, m));
                    } else if (nearWeather(i)) {
                        clue = new ExactDayClue(m.date(), WIDGET, "date in a header widget", context(i, m));
                    } else if (m.date().equals(fetchedDay) && !page.inStory(i)) {
                        clue = new ExactDayClue(m.date(), WIDGET, "crawl-day date outside the story", m.text());
                    } else if (standalone && m.weekday() != null && !m.hasTime() && !leadTaken) {
                        // "Friday, March 29, 2024" on its own, no time, before any stamp: the form of a masthead's today
                        clue = new ExactDayClue(m.date(), MASTHEAD, MASTHEAD_READING, m.text());
                    } else if (standalone && !page.afterStory(i) && !leadTaken) {
                        leadTaken = true;
                        clue = new ExactDayClue(m.date(), LEAD_STAMP + (m.hasTime() ? 1 : 0), "first date stamp on the page", m.text());
                        if (page.farAboveStory(i)) farLead = (ExactDayClue) clue;
                    } else if (standalone && farLead != null && page.inLead(i) && !page.farAboveStory(i)) {
                        // the first stamp stood in a list or masthead far above the story; the story's head has its own
                        clues.remove(farLead);
                        clues.add(new ExactDayClue(farLead.date(), OTHER_STAMP, "date stamp far above the story", farLead.evidence()));
                        farLead = null;
                        clue = new ExactDayClue(m.date(), LEAD_STAMP + (m.hasTime() ? 1 : 0), "date stamp at the story's head", m.text());
                    } else if (standalone && page.closesStory(i) && !leadTaken) {
                        // blogs print the post's date under it ("Posted 16.12.2012 in …") when none stands above
                        leadTaken = true;
                        clue = new ExactDayClue(m.date(), TRAILING_STAMP, "first date stamp, closing the story", context(i, m));
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
                        clues.add(new MonthClue(YearMonth.of(m.year(), m.month()), labelled ? LABELLED / 2 : 3,
                                "month stamp", m.text()));
                    }
                }
                default -> {
                    // bare weekdays, months and years outside prose say nothing reliable (menus, archives)
                }
            }
        }
    }

    /**
     * Whether the date is a piece of its own on a short line of pieces set apart by dots or bars, as blogs print
     * author, date, category and comment count under a title ("3. August 2015 · Filed under …").
     */
    static boolean isOwnPiece(String line, DateMention m) {
        if (PageLayout.words(line) > 20) return false;
        String before = line.substring(0, m.start()).strip();
        String after = line.substring(m.end()).strip();
        boolean separatedBefore = !before.isEmpty() && PIECE_SEPARATORS.indexOf(before.charAt(before.length() - 1)) >= 0;
        boolean separatedAfter = !after.isEmpty() && PIECE_SEPARATORS.indexOf(after.charAt(0)) >= 0;
        return (separatedBefore || before.isEmpty()) && (separatedAfter || after.isEmpty()) && (separatedBefore || separatedAfter);
    }

    private boolean nearWeather(int i) {
        for (int j = Math.max(0, i - 3); j <= Math.min(page.size() - 1, i + 3); j++) {
            if (WEATHER.matcher(page.line(j).strip()).find()) return true;
        }
        return false;
    }

    private String context(int i, DateMention m) {
        String label = page.line(i).substring(0, m.start()).strip();
        if (label.isEmpty()) label = page.previousText(i);
        String text = (label.isEmpty() ? "" : label + " / ") + m.text().strip();
        return text.length() > 100 ? text.substring(text.length() - 100) : text;
    }
}
