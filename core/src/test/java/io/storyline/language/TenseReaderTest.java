package io.storyline.language;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenseReaderTest {
    private static final TenseReader TIME = TenseReader.forTimeExpressions();
    private static final TenseReader DATES = TenseReader.forDateClues();

    private static Tense of(TenseReader reader, String sentence, String mention) {
        int at = sentence.indexOf(mention);
        return reader.around(sentence, at, at + mention.length());
    }

    private static TenseReader reader(String... lines) {
        return new TenseReader(TenseCues.of(List.of(lines)));
    }

    @Test
    void nearestCueDecides() {
        for (TenseReader reader : List.of(TIME, DATES)) {
            assertEquals(Tense.FUTURE, of(reader, "He said the ministers will meet on Sunday.", "Sunday"));
            assertEquals(Tense.PAST, of(reader, "The ministers met on Sunday, he will say.", "Sunday"));
        }
    }

    @Test
    void countingWordsACueBeforeTheMentionWinsOverOneAsNearAfter() {
        assertEquals(Tense.PAST, of(TIME, "They met Sunday will.", "Sunday"));
        assertEquals(Tense.FUTURE, of(TIME, "They will Sunday met.", "Sunday"));
    }

    @Test
    void countingCharactersACueAfterTheMentionCountsHalfAgainAsFar() {
        TenseReader chars = reader("reach characters 100 100", "future will", "past met");
        assertEquals(Tense.FUTURE, of(chars, "It will . Sunday .. met.", "Sunday"), "3 before against 4 after, as 6");
        assertEquals(Tense.PAST, of(chars, "It will ..... Sunday . met.", "Sunday"), "7 before against 3 after, as 4");
        assertEquals(Tense.FUTURE, of(chars, "It will . Sunday  met.", "Sunday"), "3 against 2 after, as 3: a tie goes to the future");
    }

    @Test
    void readsFutureFromPlansAndSchedules() {
        assertEquals(Tense.FUTURE, of(TIME, "The team plans to leave on Thursday.", "Thursday"));
        assertEquals(Tense.FUTURE, of(TIME, "Figures will be published on Thursday.", "Thursday"));
        assertEquals(Tense.FUTURE, of(TIME, "We'll see on Friday.", "Friday"));
        assertEquals(Tense.FUTURE, of(TIME, "The summit will be held on Friday.", "Friday"));
        assertEquals(Tense.FUTURE, of(DATES, "The summit, scheduled for June 29-30, is the first.", "June 29-30"));
        assertEquals(Tense.FUTURE, of(DATES, "The summit, which will be held on July 11-12 in Vilnius.", "July 11-12"));
        assertEquals(Tense.FUTURE, of(DATES, "Then, on Monday, he will head to Tokyo.", "Monday"));
    }

    @Test
    void aCueWordWithoutItsNeighbourIsNoCue() {
        assertEquals(Tense.UNKNOWN, of(TIME, "The set on Monday.", "Monday"));
        assertEquals(Tense.FUTURE, of(TIME, "The set to open on Monday.", "Monday"));
        assertEquals(Tense.UNKNOWN, of(TIME, "Ill on Monday.", "Monday"));
    }

    @Test
    void readsPastFromIrregularAndRegularForms() {
        assertEquals(Tense.PAST, of(TIME, "Rebels attacked the town on Monday.", "Monday"));
        assertEquals(Tense.PAST, of(TIME, "Officials said on Monday.", "Monday"));
        assertEquals(Tense.PAST, of(DATES, "The president, who took office on May 10, spoke.", "May 10"));
        assertEquals(Tense.PAST, of(DATES, "The adviser revealed Wednesday that a mission is planned.", "Wednesday"));
    }

    @Test
    void aParticipleAfterAnAuxiliaryIsNoPast() {
        assertEquals(Tense.UNKNOWN, of(TIME, "To be released in June.", "June"));
        assertEquals(Tense.UNKNOWN, of(reader("regular-past 4", "auxiliary be"), "To be released in June.", "June"));
    }

    @Test
    void aListedWordEndingInEdIsNoPast() {
        assertEquals(Tense.UNKNOWN, of(TIME, "A hundred united in October.", "October"));
    }

    @Test
    void aQuotationIsItsOwnClauseWhereTheReadingSaysSo() {
        String sentence = "“We invite you to attend the summit in July,” said the chief.";
        assertEquals(Tense.FUTURE, of(DATES, sentence, "July"));
        assertEquals(Tense.PAST, of(TIME, sentence, "July"));
    }

    @Test
    void staysWithinTheSentenceItIsGiven() {
        String text = "It will rain. Monday is a holiday.";
        int at = text.indexOf("Monday");
        assertEquals(Tense.UNKNOWN, TIME.around(text, at, text.length(), at, at + 6));
        assertEquals(Tense.FUTURE, TIME.around(text, 0, text.length(), at, at + 6));
    }

    @Test
    void unknownWithoutCues() {
        assertEquals(Tense.UNKNOWN, of(TIME, "Elections in October.", "October"));
        assertEquals(Tense.UNKNOWN, of(DATES, "Elections in October.", "October"));
    }

    @Test
    void cuesBeyondTheReachAreNotRead() {
        TenseReader words = reader("reach words 3 3", "past said");
        assertEquals(Tense.PAST, of(words, "He said a a Monday.", "Monday"));
        assertEquals(Tense.UNKNOWN, of(words, "He said a a a Monday.", "Monday"));
        TenseReader chars = reader("reach characters 10 10", "past said");
        assertEquals(Tense.PAST, of(chars, "He said .... Monday.", "Monday"));
        assertEquals(Tense.UNKNOWN, of(chars, "He said ...... Monday.", "Monday"), "the reach cuts \"said\" to \"id\"");
    }

    @Test
    void readsTheCueListItIsGiven() {
        TenseReader made = reader("regular-past 5", "future zorp", "past blick", "future quux [now]",
                "future flim flam", "auxiliary wib", "recent fresh");
        assertEquals(Tense.FUTURE, of(made, "They zorp on Monday.", "Monday"));
        assertEquals(Tense.PAST, of(made, "They blick on Monday.", "Monday"));
        assertEquals(Tense.UNKNOWN, of(made, "They will on Monday.", "Monday"));
        assertEquals(Tense.FUTURE, of(made, "They quux now on Monday.", "Monday"));
        assertEquals(Tense.UNKNOWN, of(made, "They quux then on Monday.", "Monday"));
        assertEquals(Tense.FUTURE, of(made, "They flim flam on Monday.", "Monday"));
        assertEquals(Tense.UNKNOWN, of(made, "They flim on Monday.", "Monday"));
        assertEquals(Tense.UNKNOWN, of(made, "They wib blick on Monday.", "Monday"));
        assertEquals(Tense.PAST, of(made, "They visited on Monday.", "Monday"), "the regular -ed rule is morphology");
        assertTrue(made.callsRecent("A fresh report"));
        assertFalse(made.callsRecent("A recent report"));
    }

    @Test
    void callsRecentReadsWholeWords() {
        assertTrue(DATES.callsRecent("The latest figures"));
        assertFalse(DATES.callsRecent("Justice was done"));
    }

    @Test
    void aMalformedCueLineIsRefusedWithTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TenseCues.of(List.of("sometime soon")));
        assertTrue(e.getMessage().contains("sometime soon"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TenseCues.of(List.of("future [to] be [held] soon")));
        assertThrows(IllegalArgumentException.class, () -> TenseCues.of(List.of("future")));
        assertThrows(IllegalArgumentException.class, () -> TenseCues.of(List.of("reach miles 3 3")));
    }
}
