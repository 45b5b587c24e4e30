package io.storyline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> words(String text) {
        return tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void keepsHyphenatedNamesAsOneToken() {
        assertEquals(List.of("Minister", "Lee", "Jong-Sup", "and", "Yoon", "Sok-yul", "met", "in", "Indo-Pacific", "talks", "."),
                words("Minister Lee Jong-Sup and Yoon Sok-yul met in Indo-Pacific talks."));
    }

    @Test
    void splitsClitisTheTreebankWay() {
        assertEquals(List.of("Russia", "’s", "friends", "do", "n't", "care", ",", "they", "'re", "sure", "it", "'s", "O'Brien", "'s", "."),
                words("Russia’s friends don't care, they're sure it's O'Brien's."));
        assertEquals(List.of("ca", "n't", "and", "leaders", "'", "views"), words("can't and leaders' views"));
    }

    @Test
    void keepsAbbreviationsWithTheirPeriod() {
        assertEquals(List.of("The", "U.S.", "envoy", "Mr.", "J.", "Smith", "met", "Gen.", "Lee", "on", "Jan.", "30", "at", "3", "p.m.", "today", "."),
                words("The U.S. envoy Mr. J. Smith met Gen. Lee on Jan. 30 at 3 p.m. today."));
    }

    @Test
    void keepsHyphenatedAbbreviationWhole() {
        assertEquals(List.of("the", "U.S.-led", "coalition", "in", "U.S.", "-", "2"), words("the U.S.-led coalition in U.S. - 2"));
    }

    @Test
    void keepsConllNumberAndCurrencyForms() {
        assertEquals(List.of("a", ".333", "hitter", "rose", "+0.435", "to", "C$", "1.15", "and", "US$", "5"),
                words("a .333 hitter rose +0.435 to C$ 1.15 and US$ 5"));
        assertEquals(List.of("1.", "Michelle", "Freeman", "2", "."), words("1. Michelle Freeman 2."));
    }

    @Test
    void capitalisedHeadlineAbbreviationsKeepTheirPeriod() {
        assertEquals(List.of("ST.", "LOUIS", "GEN.", "LEE", "Mo.-based"), words("ST. LOUIS GEN. LEE Mo.-based"));
    }

    @Test
    void numericAbbreviationKeepsPeriodOnlyBeforeANumber() {
        assertEquals(List.of("He", "is", "No.", "2", "."), words("He is No. 2."));
        assertEquals(List.of("She", "said", "no", "."), words("She said no."));
    }

    @Test
    void splitsPeriodFromOrdinaryWordsAtSentenceEnd() {
        assertEquals(List.of("It", "rained", ".", "Then", "it", "stopped", "!"), words("It rained. Then it stopped!"));
    }

    @Test
    void keepsNumbersDecimalsTimesAndDatesWhole() {
        assertEquals(List.of("10,000", "troops", ",", "3.5", "%", ",", "at", "10:27", "on", "1/30/2023", "for", "$", "5", "on", "July", "11-12"),
                words("10,000 troops, 3.5%, at 10:27 on 1/30/2023 for $5 on July 11-12"));
    }

    @Test
    void keepsUrlsAndEmailsWhole() {
        assertEquals(List.of("See", "https://ift.tt/3GjW4XY", ".", "BY", "LIM", "[", "lim.jeongwon@example.co.kr", "]"),
                words("See https://ift.tt/3GjW4XY. BY LIM [lim.jeongwon@example.co.kr]"));
        assertEquals(List.of("(", "www.example.com/a?b=1", ")"), words("(www.example.com/a?b=1)"));
    }

    @Test
    void separatesStraightAndCurlyQuoteMarks() {
        assertEquals(List.of("“", "We", "urge", "Russia", ",", "”", "he", "said", ".", "\"", "Now", ".", "\""),
                words("“We urge Russia,” he said. \"Now.\""));
        assertEquals(List.of("‘", "Hi", "’", "and", "'90s"), words("‘Hi’ and '90s"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  Kim stated:\n“We will.”";
        for (Token token : tokenizer.tokenize(text)) {
            assertEquals(token.text(), text.substring(token.start(), token.end()));
        }
        assertEquals(List.of("Kim", "stated", ":", "“", "We", "will", ".", "”"), words(text));
    }

    @Test
    void keepsEllipsisAndDashesTogether() {
        assertEquals(List.of("Wait", "...", "no", "--", "now", "…", "ok", "?!"), words("Wait... no -- now… ok?!"));
    }
}
