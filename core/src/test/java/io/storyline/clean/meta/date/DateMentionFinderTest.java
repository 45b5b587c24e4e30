package io.storyline.clean.meta.date;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
}
