package io.storyline.clean.meta.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Gathers every clue a page gives about its publication day, each weighted by where and how it is printed:
 * a labelled dateline is strong, a date in a weather widget above the story weak, a date inside a sentence
 * only bounds the day. The solver, not this class, decides.
 */
public final class DateClueCollector {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘(\\[]?[A-Z0-9])");
    private static final Pattern ENDS_WITH_DAY_NUMBER = Pattern.compile("(?:^|\\s)\\d{1,2}\\.$");

    private final DateMentionFinder finder = new DateMentionFinder();
    private final OffPageDateClues offPage = new OffPageDateClues(finder, new OutletTimeZones());
    private final Predicate<String> namesWireAgency;

    /** @param namesWireAgency tells a wire's copyright credit (which dates the story) from a site footer */
    public DateClueCollector(Predicate<String> namesWireAgency) {
        this.namesWireAgency = namesWireAgency;
    }

    public List<DateClue> collect(PageLayout page, PageDateHints hints) {
        List<DateClue> clues = new ArrayList<>();
        offPage.hints(hints, clues);
        offPage.address(hints.url(), hints.dayFirst(), clues);
        int offPageClues = clues.size();
        LocalDate fetchedDay = hints.fetchedAt() == null ? null : hints.fetchedAt().atZone(ZoneOffset.UTC).toLocalDate();
        if (fetchedDay != null) clues.add(new CrawlTimeClue(fetchedDay));
        Set<String> seenSentences = new HashSet<>();
        Set<String> seenReadings = new HashSet<>();
        Function<String, List<DateMention>> mentions = line -> finder.find(line, hints.dayFirst());
        ProseReader prose = new ProseReader(mentions);
        StampReader stamps = new StampReader(mentions, namesWireAgency, page, fetchedDay, seenReadings);
        int firstStoryLine = firstStoryLine(page);
        for (int i = 0; i < page.size(); i++) {
            String line = page.line(i);
            if (line.isBlank()) continue;
            stamps.copyright(i, clues);
            if (stamps.isStampLine(i)) {
                stamps.stamps(i, clues);
            } else {
                for (String sentence : sentences(line.strip())) {
                    if (seenSentences.add(sentence)) prose.read(sentence, i == firstStoryLine, clues, seenReadings);
                }
            }
        }
        for (int k = 0; k < offPageClues; k++) {
            if (clues.get(k) instanceof ExactDayClue markup) clues.set(k, MarkupTimeAsPrinted.reread(markup, stamps.printedTimes()));
        }
        List<DateClue> printed = List.copyOf(clues.subList(offPageClues, clues.size()));
        for (DateClue offPageClue : List.copyOf(clues.subList(0, offPageClues))) {
            reconcile(offPageClue, printed, clues);
        }
        return clues;
    }

    /**
     * Off-page and printed clues that agree are stronger together than either alone: the markup's date printed on
     * the page is the date the page shows its readers (a modified time printed as "Updated 12 March" outweighs a
     * first publication the page no longer shows), and a weekday date in the month of the address is the post's
     * own (Blogger's "Friday, December 23, 2016"), not a masthead's today.
     */
    private static void reconcile(DateClue offPage, List<DateClue> printed, List<DateClue> clues) {
        if (offPage instanceof ExactDayClue meta) {
            // of two markup dates that disagree, the one the page prints as its stamp is the one readers see
            boolean second = meta.reading().equals(OffPageDateClues.OTHER_MARKUP_READING);
            printed.stream().filter(p -> printedDay(p) != null && printedDay(p).equals(meta.date()))
                    .filter(p -> !second || p instanceof ExactDayClue && p.weight() >= StampWeights.TRAILING_STAMP).findFirst()
                    .ifPresent(p -> clues.add(new ExactDayClue(meta.date(), StampWeights.PRINTED_METADATA,
                            meta.reading() + ", printed on the page", p.evidence())));
        } else if (offPage instanceof MonthClue address) {
            for (DateClue p : printed) {
                if (p instanceof ExactDayClue d && d.reading().equals(StampReader.MASTHEAD_READING)
                        && YearMonth.from(d.date()).equals(address.month())) {
                    clues.remove(p);
                    clues.add(new ExactDayClue(d.date(), StampWeights.LEAD_STAMP, "weekday date in the address's month",
                            d.evidence()));
                }
            }
        }
    }

    private static LocalDate printedDay(DateClue c) {
        if (c instanceof ExactDayClue d) return d.date();
        if (c instanceof EventDateClue e) return e.event();
        return null;
    }

    /**
     * A full stop after a day number before a month is German for an ordinal ("3. August 2015"), not a sentence
     * end; before anything else ("took office on May 10. It's") it is one.
     */
    private List<String> sentences(String line) {
        List<String> out = new ArrayList<>();
        for (String piece : SENTENCE_END.split(line)) {
            int last = out.size() - 1;
            if (last >= 0 && ENDS_WITH_DAY_NUMBER.matcher(out.get(last)).find() && finder.startsWithMonth(piece)) {
                out.set(last, out.get(last) + " " + piece);
            } else {
                out.add(piece);
            }
        }
        return out;
    }

    private static int firstStoryLine(PageLayout page) {
        for (int i = 0; i < page.size(); i++) if (page.inStory(i) && PageLayout.words(page.line(i)) >= 7) return i;
        return -1;
    }
}
