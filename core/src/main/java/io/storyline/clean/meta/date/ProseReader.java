package io.storyline.clean.meta.date;

import io.storyline.language.Tense;
import io.storyline.language.TenseReader;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.storyline.clean.meta.date.StampWeights.TRUNCATED_STAMP;
import static io.storyline.clean.meta.date.StampWeights.WIRE_DATELINE;

/**
 * Reads the dates inside the story's sentences, where they bound the publication day rather than state it:
 * event dates, dates without year, weekdays, years, each with the tense of its clause; plus the wire dateline
 * that may open the first sentence ("SEOUL, Jan. 29 (Yonhap) --").
 */
final class ProseReader {

    private static final Pattern WIRE_PREFIX = Pattern.compile("^\\s*[A-Z][A-Z .'’/-]{1,40},(?:\\s+[A-Z][a-z]+,)?\\s*$");
    private static final Pattern WIRE_SUFFIX = Pattern.compile("^\\s*(?:\\([^)]{1,40}\\))?\\s*(?:[-–—]|--)");
    /** "(18.01.2018) Der …", "Karlsruhe, (12.11.2021). Die …", "Berlin, 3. August 2015 – …": a dateline in the outlet's own form. */
    private static final Pattern OPEN_DATELINE_PREFIX = Pattern.compile("^\\s*(?:\\p{Lu}[\\p{L}./ -]{1,40},\\s*)?(\\()?\\s*$");
    private static final Pattern OPEN_DATELINE_SUFFIX = Pattern.compile("^\\s*(?:(\\))|[-–—]|--)");
    private static final Pattern LAST_YEAR = Pattern.compile("(?i)\\blast year\\b");

    private static final TenseReader TENSE = TenseReader.forDateClues();

    private final Function<String, List<DateMention>> finder;

    ProseReader(Function<String, List<DateMention>> finder) {
        this.finder = finder;
    }

    /** Dates inside sentences of the story: bounds and relations, plus the wire dateline of its first line. */
    void read(String sentence, boolean firstLine, List<DateClue> clues, Set<String> seen) {
        List<DateMention> mentions = finder.apply(sentence);
        boolean recent = TENSE.callsRecent(sentence);
        for (DateMention m : mentions) {
            String before = sentence.substring(0, m.start()), after = sentence.substring(m.end());
            boolean wireDateline = firstLine && m.start() < 60
                    && (WIRE_PREFIX.matcher(before).matches() && WIRE_SUFFIX.matcher(after).find()
                    || m.kind() == DateMention.Kind.FULL_DATE && openDateline(before, after));
            Tense tense = TENSE.around(sentence, m.start(), m.end());
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

    /** A date in brackets, or followed by a dash, before any word of the story (a place may precede it). */
    private static boolean openDateline(String before, String after) {
        Matcher b = OPEN_DATELINE_PREFIX.matcher(before), a = OPEN_DATELINE_SUFFIX.matcher(after);
        return b.matches() && a.find() && (b.group(1) != null) == (a.group(1) != null);
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

    private static String excerpt(String sentence, DateMention m) {
        int from = Math.max(0, m.start() - 50);
        int to = Math.min(sentence.length(), m.end() + 15);
        return sentence.substring(from, to).strip();
    }
}
