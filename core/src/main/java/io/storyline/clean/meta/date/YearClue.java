package io.storyline.clean.meta.date;

import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * A year the page names, with asymmetric costs: a copyright year is rarely before publication, a year
 * mentioned in the past tense is rarely after it, and so on. {@code preferredGap} is the most likely
 * distance from the year to the publication year (news names past years mostly when they are over).
 * Only {@code anchoring} years open candidate years for the solver: a year named in a story's prose is as
 * often history ("since the 1989 crackdown") or a plan ("by 2030") as the present, so it shapes the answer
 * but never makes one on its own.
 */
public record YearClue(int year, int preferredGap, double costPerYearBelow, double costPerYearAbove, double weight,
                       boolean anchoring, String reading, String evidence) implements DateClue {

    /**
     * "© 2023": published that year or earlier, hardly later. A credit at the end of a story dates the story;
     * a site footer only the rendering of the page, so only the former anchors.
     */
    public static YearClue copyright(int year, boolean ofTheStory, String evidence) {
        return new YearClue(year, 0, 0.7, 3.0, 3.0, ofTheStory, ofTheStory ? "copyright year of the story" : "copyright year of the site", evidence);
    }

    /** "in 2022" said of something over: published that year or, more often, one or two years later. */
    public static YearClue pastMention(int year, String evidence) {
        return new YearClue(year, 1, 2.0, 0.4, 2.0, false, "year mentioned as past", evidence);
    }

    /** "by 2030": published before. */
    public static YearClue futureMention(int year, String evidence) {
        return new YearClue(year, 0, 0.15, 2.0, 2.0, false, "year mentioned as future", evidence);
    }

    public static YearClue plainMention(int year, String evidence) {
        return new YearClue(year, 0, 0.8, 0.3, 1.0, false, "year mentioned", evidence);
    }

    /**
     * A year the publication year must reach ("in 2022 and … last year" ⇒ at least 2024). With one named year
     * before it, the pair is read as consecutive (a list that skipped years would usually name them), so the
     * bound is also the likeliest year; after a list of several years, whose spacing shows gaps, it is a bare
     * lower bound.
     */
    public static YearClue atLeast(int year, boolean consecutive, String reading, String evidence) {
        return consecutive ? new YearClue(year, 0, 4.0, 2.0, 4.0, true, reading, evidence)
                : new YearClue(year, 0, 4.0, 0.05, 4.0, false, reading, evidence);
    }

    @Override
    public double cost(LocalDate day) {
        int gap = day.getYear() - year;
        if (gap < 0) return Math.min(weight * 2, -gap * costPerYearBelow);
        // within the preferred gap the year costs a little, so "the year itself" and "a year later" stay close
        if (gap <= preferredGap) return 0.1 * (preferredGap - gap);
        return Math.min(weight * 2, (gap - preferredGap) * costPerYearAbove);
    }

    @Override
    public IntStream years() { return IntStream.rangeClosed(year, year + preferredGap); }

    @Override
    public boolean anchors() { return anchoring; }
}
