package io.storyline.clean.meta.date;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateMentionFinderTest {

    private final DateMentionFinder finder = new DateMentionFinder();

    private DateMention only(String text) {
        List<DateMention> found = finder.find(text);
        assertEquals(1, found.size(), () -> text + " → " + found);
        return found.getFirst();
    }

    @Test
    void readsFullDatesInCommonForms() {
        for (String s : List.of("Jan. 30, 2023", "January 30, 2023", "30 January 2023", "2023-01-30", "1/30/2023",
                "30.01.2023", "Monday, Jan 30, 2023")) {
            DateMention m = only(s);
            assertEquals(DateMention.Kind.FULL_DATE, m.kind(), s);
            assertEquals(LocalDate.of(2023, 1, 30), m.date(), s);
        }
    }

    @Test
    void marksClockTimeAfterDate() {
        DateMention m = only("1/30/2023 12:19:20 AM");
        assertTrue(m.hasTime());
        assertEquals(m.text(), "1/30/2023 12:19:20 AM");
        assertFalse(only("Jan. 30, 2023").hasTime());
    }

    @Test
    void readsTruncatedFeedStamp() {
        DateMention m = only("https://example.com/x 22, 2022 at 10:27PM");
        assertEquals(DateMention.Kind.DAY_AND_YEAR, m.kind());
        assertEquals(22, m.day());
        assertEquals(2022, m.year());
    }

    @Test
    void readsDatesWithoutYearAndRanges() {
        DateMention range = only("scheduled for June 29-30, with");
        assertEquals(DateMention.Kind.MONTH_AND_DAY, range.kind());
        assertEquals(Month.JUNE, range.month());
        assertEquals(29, range.day());
        assertEquals(Month.MAY, only("took office on May 10.").month());
        assertEquals(DateMention.Kind.MONTH, only("the summit in July").kind());
    }

    @Test
    void ignoresModalMayAndNumbersThatAreNotYears() {
        assertTrue(finder.find("they may 10 times over").isEmpty());
        assertTrue(finder.find("it cost $2,023 and 2023.5 points").isEmpty());
    }

    @Test
    void readsWeekdayOutsideDates() {
        DateMention m = only("revealed Wednesday.");
        assertEquals(DayOfWeek.WEDNESDAY, m.weekday());
    }

    @Test
    void keepsWeekdayOfFullDate() {
        DateMention m = only("Friday, March 29, 2024");
        assertEquals(DayOfWeek.FRIDAY, m.weekday());
        assertEquals(LocalDate.of(2024, 3, 29), m.date());
    }
    @Test
    void readsMonthNamesOfOtherLanguagesFromTheLexicon() {
        for (String s : List.of("3. August 2015", "Donnerstag, 2. August 2018", "1er novembre 2021", "3 août 2015",
                "3 de agosto de 2015", "Miércoles, 15 de Abril de 2020", "12. März 2019", "7 mai 2020 - 12:38")) {
            DateMention m = only(s);
            assertEquals(DateMention.Kind.FULL_DATE, m.kind(), s);
        }
        assertEquals(LocalDate.of(2015, 8, 3), only("3. August 2015").date());
        assertEquals(LocalDate.of(2021, 11, 1), only("1er novembre 2021").date());
        assertEquals(LocalDate.of(2015, 8, 3), only("3 de agosto de 2015").date());
        assertEquals(DayOfWeek.THURSDAY, only("Donnerstag, 2. August 2018").weekday());
        assertEquals(Month.MARCH, only("12. März 2019").month());
    }

    @Test
    void foreignMonthAndYearNeedNoCapitalButEnglishDoes() {
        assertEquals(DateMention.Kind.MONTH_AND_YEAR, only("mai 2020").kind());
        assertTrue(finder.find("you may 2020 it").stream().noneMatch(m -> m.kind() == DateMention.Kind.MONTH_AND_YEAR));
    }

    @Test
    void spanishAbbreviationNeedsItsDotSoEnglishAgoStaysAWord() {
        assertTrue(finder.find("two years ago 2015").stream().noneMatch(m -> m.kind() == DateMention.Kind.MONTH_AND_YEAR));
        assertEquals(LocalDate.of(2015, 8, 3), only("3 ago. 2015").date());
    }

    @Test
    void ambiguousNumericDatesFollowThePageLanguage() {
        assertEquals(LocalDate.of(2020, 1, 2), finder.find("01/02/2020", false).getFirst().date());
        assertEquals(LocalDate.of(2020, 2, 1), finder.find("01/02/2020", true).getFirst().date());
        assertEquals(LocalDate.of(2019, 6, 14), finder.find("14/06/2019", false).getFirst().date());
    }

    @Test
    void readsTwoDigitYearStampsAndCjkDates() {
        assertEquals(LocalDate.of(2019, 12, 2), finder.find("02.12.19", true).getFirst().date());
        assertEquals(LocalDate.of(2017, 3, 11), finder.find("11.03.17", false).getFirst().date());
        assertEquals(LocalDate.of(2020, 7, 11), only("2020年7月11日").date());
    }

    @Test
    void readsTheClockTimeOnThe24HourClock() {
        assertEquals(LocalTime.of(0, 19, 19), only("1/30/2023 12:19:19 AM").clock());
        assertEquals(LocalTime.of(22, 35), only("Nov 8, 2023 / 10:35 PM PST").clock());
        assertEquals(LocalTime.of(17, 49), only("November 8, 2023 at 5:49 p.m.").clock());
        assertEquals(LocalTime.of(0, 4), finder.find("19. Oktober 2019 00:04 Uhr", true).getFirst().clock());
        assertNull(only("Jan. 30, 2023").clock());
    }

    @Test
    void aYearRunIntoTheNextWordStillEndsTheDate() {
        List<DateMention> found = finder.find("Published on August 19, 2019August 20, 2019 • 319 Likes");
        assertEquals(List.of(LocalDate.of(2019, 8, 19), LocalDate.of(2019, 8, 20)),
                found.stream().filter(m -> m.kind() == DateMention.Kind.FULL_DATE).map(DateMention::date).toList());
        assertEquals(LocalDate.of(2017, 8, 8), finder.find("08/08/2017durch Stephan Markus", true).getFirst().date());
        assertTrue(finder.find("20190").stream().noneMatch(m -> m.kind() == DateMention.Kind.YEAR));
    }
}
