package io.storyline.nlp.time;

import io.storyline.nlp.TimeMention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeTaggerTest {
    private static final TimeTagger TAGGER = new TimeTagger();
    /** A Thursday. */
    private static final LocalDate APRIL_4_2024 = LocalDate.of(2024, 4, 4);
    /** A Monday. */
    private static final LocalDate JANUARY_30_2023 = LocalDate.of(2023, 1, 30);

    private static TimeMention only(String text, LocalDate anchor, String surface) {
        List<TimeMention> mentions = TAGGER.tag(text, anchor);
        TimeMention found = mentions.stream().filter(m -> m.surface().equals(surface)).findFirst().orElse(null);
        assertNotNull(found, "no \"" + surface + "\" in " + mentions);
        assertEquals(text.substring(found.start(), found.end()), found.surface());
        assertTrue(found.evidence().contains("anchor " + anchor), found.evidence());
        return found;
    }

    private static String value(String text, LocalDate anchor, String surface) {
        return only(text, anchor, surface).value();
    }

    // ---- the seeds ----

    @Test
    void bareWeekdayInPastArticleIsTheOneBefore() {
        assertEquals("2023-01-27", value("The minister met the envoy on Friday.", JANUARY_30_2023, "Friday"));
    }

    @Test
    void monthDayRangeGivesTwoDatesInFuture() {
        List<TimeMention> m = TAGGER.tag("The summit will be held on July 11-12 in Vilnius.", JANUARY_30_2023);
        assertEquals(2, m.size(), m.toString());
        assertEquals("July 11", m.get(0).surface());
        assertEquals("2023-07-11", m.get(0).value());
        assertEquals("12", m.get(1).surface());
        assertEquals("2023-07-12", m.get(1).value());
        assertEquals("DATE", m.get(1).type());
    }

    @Test
    void weekdayInFutureSentenceIsTheNextOne() {
        assertEquals("2024-04-07", value("Voters will go to the polls on Sunday.", APRIL_4_2024, "Sunday"));
        assertEquals("2024-04-07", value("The vote is scheduled to take place on Sunday.", APRIL_4_2024, "Sunday"));
    }

    @Test
    void lastYearIsTheAnchorYearBefore() {
        TimeMention m = only("Exports fell sharply last year.", APRIL_4_2024, "last year");
        assertEquals("2023", m.value());
        assertEquals("DATE", m.type());
    }

    @Test
    void monthDayInPastTenseKeepsTheAnchorYear() {
        assertEquals("2024-03-28", value("He was arrested on March 28.", APRIL_4_2024, "March 28"));
    }

    @Test
    void weekdayInPastTenseIsYesterdayWhenItFits() {
        assertEquals("2024-04-03", value("The president said on Wednesday that talks failed.", APRIL_4_2024,
                "Wednesday"));
    }

    // ---- rule families ----

    @Test
    void explicitDatesInEveryWrittenForm() {
        assertEquals("2023-01-30", value("Filed 1/30/2023 in court.", APRIL_4_2024, "1/30/2023"));
        assertEquals("2023-01-30", value("Filed 2023-01-30 in court.", APRIL_4_2024, "2023-01-30"));
        assertEquals("1989-09-30", value("The quarter ended Sept. 30, 1989.", APRIL_4_2024, "Sept. 30, 1989"));
        assertEquals("2024-03-28", value("It happened on 28 March 2024.", APRIL_4_2024, "28 March 2024"));
        assertEquals("1997-07", value("It opened in July 1997.", APRIL_4_2024, "July 1997"));
        assertEquals("2023", value("Sales rose in 2023.", APRIL_4_2024, "2023"));
    }

    @Test
    void monthAloneTakesTheClosestYearForTheTense() {
        assertEquals("2024-02", value("Prices rose in February.", APRIL_4_2024, "February"));
        assertEquals("2025-01", value("The law will take effect in January.", APRIL_4_2024, "January"));
    }

    @Test
    void mayAsAVerbIsNotAMonth() {
        assertTrue(TAGGER.tag("May I ask a question?", APRIL_4_2024).isEmpty());
        assertEquals("2024-05", value("The election is due in May.", APRIL_4_2024, "May"));
    }

    @Test
    void decadesCenturiesAndModifiedYears() {
        assertEquals("199", value("Prices fell in the 1990s.", APRIL_4_2024, "the 1990s"));
        assertEquals("2023", value("Work starts in mid-2023.", APRIL_4_2024, "mid-2023"));
        assertEquals("19", value("It shaped the 20th century.", APRIL_4_2024, "the 20th century"));
        assertEquals("1996", value("Atlanta, nineteen ninety-six.", APRIL_4_2024, "nineteen ninety-six"));
    }

    @Test
    void quartersAndHalves() {
        assertEquals("2024-Q1", value("Profit rose in the first quarter.", APRIL_4_2024, "the first quarter"));
        assertEquals("2023-Q3", value("Its third-quarter net fell.", APRIL_4_2024, "third-quarter"));
        assertEquals("1989-H2", value("Earnings for the second half of 1989 rose.", APRIL_4_2024,
                "the second half of 1989"));
    }

    @Test
    void seasons() {
        assertEquals("2023-FA", value("It was built last fall.", APRIL_4_2024, "last fall"));
        assertEquals("2024-SU", value("The team will travel this summer.", APRIL_4_2024, "this summer"));
    }

    @Test
    void relativeDaysWeeksMonths() {
        assertEquals("2024-04-03", value("He left yesterday.", APRIL_4_2024, "yesterday"));
        assertEquals("2024-04-05", value("He leaves tomorrow.", APRIL_4_2024, "tomorrow"));
        assertEquals("2024-W13", value("They met last week.", APRIL_4_2024, "last week"));
        assertEquals("2024-05", value("They meet next month.", APRIL_4_2024, "next month"));
        assertEquals("2024", value("At this year's summit leaders agreed.", APRIL_4_2024, "this year"));
        assertEquals("2024-04-04TMO", value("Markets fell this morning.", APRIL_4_2024, "this morning"));
        assertEquals("2024-04-02TMO", value("He arrived Tuesday morning.", APRIL_4_2024, "Tuesday morning"));
        assertEquals("2023-11", value("It closed last November.", APRIL_4_2024, "last November"));
    }

    @Test
    void agoAndEarlierShiftFromTheAnchorOrThePeriod() {
        assertEquals("2021", value("The war began three years ago.", APRIL_4_2024, "three years ago"));
        assertEquals("2024-03-25", value("It opened 10 days ago.", APRIL_4_2024, "10 days ago"));
        List<TimeMention> m = TAGGER.tag("Net rose in the third quarter from $5 million a year earlier.",
                APRIL_4_2024);
        assertEquals("2023-Q3", m.get(0).value());
        assertEquals("2022-Q3", m.get(1).value());
    }

    @Test
    void durationsIncludingHyphenatedAdjectives() {
        TimeMention m = only("The two-day meeting ended.", APRIL_4_2024, "two-day");
        assertEquals("DURATION", m.type());
        assertEquals("P2D", m.value());
        assertEquals("P3Y", value("He served three years in prison.", APRIL_4_2024, "three years"));
        assertEquals("P9M", value("Profit rose in the first nine months.", APRIL_4_2024, "the first nine months"));
        assertEquals("PT24H", value("Within 24 hours the rebels withdrew.", APRIL_4_2024, "24 hours"));
        assertEquals("PXY", value("Talks may take several years.", APRIL_4_2024, "several years"));
    }

    @Test
    void vagueSpansAndYearEnd() {
        assertEquals("PXW", value("Rates may fall in coming weeks.", APRIL_4_2024, "coming weeks"));
        assertEquals("PXY", value("Prices rose in recent years.", APRIL_4_2024, "recent years"));
        assertEquals("2024-12-31", value("The deal should close by year-end.", APRIL_4_2024, "year-end"));
        assertEquals("FUTURE_REF", value("Margins will suffer in the near term.", APRIL_4_2024, "the near term"));
    }

    @Test
    void ratesAreNotDurations() {
        assertTrue(TAGGER.tag("It costs $5 million a year to run.", APRIL_4_2024).isEmpty());
    }

    @Test
    void setsOfRecurringTimes() {
        TimeMention m = only("The council meets every week.", APRIL_4_2024, "every week");
        assertEquals("SET", m.type());
        assertEquals("P1W", m.value());
        assertEquals("XXXX-WXX-1", value("The shop closes every Monday.", APRIL_4_2024, "every Monday"));
        assertEquals("P1D", value("The paper appears daily.", APRIL_4_2024, "daily"));
    }

    @Test
    void clockTimesTakeTheirDay() {
        TimeMention m = only("The blast came at 10:27PM.", APRIL_4_2024, "10:27PM");
        assertEquals("TIME", m.type());
        assertEquals("2024-04-04T22:27", m.value());
        assertEquals("2024-04-02T09:00", value("The deadline passed at 9 a.m. EST Tuesday.", APRIL_4_2024,
                "9 a.m. EST Tuesday"));
        assertEquals("2024-04-04T12:00", value("They met at noon.", APRIL_4_2024, "noon"));
        assertEquals("2024-03-29T10:35", value("The blast came at about 10:35 a.m. (0735 GMT) Friday.", APRIL_4_2024,
                "about 10:35 a.m."));
    }

    @Test
    void presentPastAndFutureReferences() {
        assertEquals("PRESENT_REF", value("Now the alliance is larger.", APRIL_4_2024, "Now"));
        assertEquals("PAST_REF", value("He recently resigned.", APRIL_4_2024, "recently"));
        assertEquals("FUTURE_REF", value("Prices will rise in the future.", APRIL_4_2024, "the future"));
    }

    @Test
    void holidaysResolveToTheirDate() {
        assertEquals("2023-11-23", value("Sales slowed after Thanksgiving.", APRIL_4_2024, "Thanksgiving"));
        assertEquals("2024-12-25", value("The plant will reopen after Christmas.", APRIL_4_2024, "Christmas"));
    }

    @Test
    void timeWordsInsideNamesAreNotTimes() {
        List<TimeMention> m = TAGGER.tag("The report ran in the Daily Mail before the Summer Olympics.",
                APRIL_4_2024);
        assertTrue(m.isEmpty(), m.toString());
    }

    @Test
    void agesTitlesAndEventNamesAreNotTimes() {
        List<TimeMention> m = TAGGER.tag("Mr. Reupke, 52 years old, spoke on \"This Week\" and \"60 Minutes\" before the "
                + "annual March for Life.", APRIL_4_2024);
        assertTrue(m.isEmpty(), m.toString());
    }

    @Test
    void plainNumbersAreNotYears() {
        List<TimeMention> m = TAGGER.tag("The company sold 3,000 units for $1990 and hired 250 people; the index "
                        + "closed at 2082.1.",
                APRIL_4_2024);
        assertTrue(m.isEmpty(), m.toString());
    }

    @Test
    void givesTheSameResultsFromManyThreads() {
        String text = "On Friday the council said it will meet again next week, three years after the 1990s crisis.";
        List<TimeMention> expected = TAGGER.tag(text, APRIL_4_2024);
        boolean allSame = java.util.stream.IntStream.range(0, 200).parallel()
                .mapToObj(k -> TAGGER.tag(text, APRIL_4_2024))
                .allMatch(expected::equals);
        assertTrue(allSame);
        assertEquals(4, expected.size(), expected.toString());
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Talks resumed on Friday, and a deal is expected next week.";
        for (TimeMention m : TAGGER.tag(text, APRIL_4_2024)) {
            assertEquals(m.surface(), text.substring(m.start(), m.end()));
            assertFalse(m.evidence().isBlank());
        }
    }
}
