package io.storyline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void lineBreakEndsAHeadlineWithoutPeriod() {
        assertEquals(List.of("Minister visits Seoul", "BY JANE DOE", "The minister arrived on Sunday."),
                sentences("Minister visits Seoul\nBY JANE DOE\nThe minister arrived on Sunday."));
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertEquals(List.of("Mr. J. Smith met Gen. Park on Jan. 30 at 3 p.m. in St. Louis.", "It was his No. 2 trip."),
                sentences("Mr. J. Smith met Gen. Park on Jan. 30 at 3 p.m. in St. Louis. It was his No. 2 trip."));
    }

    @Test
    void abbreviationEndsSentenceBeforeAUsualStarter() {
        assertEquals(List.of("He flew to the U.S.", "The talks began.", "U.S. officials came."),
                sentences("He flew to the U.S. The talks began. U.S. officials came."));
        assertEquals(List.of("The U.S. President spoke."), sentences("The U.S. President spoke."));
    }

    @Test
    void decimalsAndTimesDoNotEndSentences() {
        assertEquals(List.of("Growth was 3.5 percent at 10:30 a.m. on Friday.", "Shares rose."),
                sentences("Growth was 3.5 percent at 10:30 a.m. on Friday. Shares rose."));
    }

    @Test
    void quoteWithAttributionStaysOneSentence() {
        assertEquals(List.of("“Why not?” he asked.", "“We agree,” said the minister.", "“In return, they win.”"),
                sentences("“Why not?” he asked. “We agree,” said the minister. “In return, they win.”"));
    }

    @Test
    void closingStraightQuoteBelongsToTheSentenceItCloses() {
        assertEquals(List.of("He said \"We urge Russia to act.\"", "\"Now.\""),
                sentences("He said \"We urge Russia to act.\" \"Now.\""));
    }

    @Test
    void exclamationAndQuestionEndSentences() {
        assertEquals(List.of("Really?", "Yes!", "Fine…", "Done."), sentences("Really? Yes! Fine… Done."));
    }

    @Test
    void urlAndEmailPeriodsDoNotEndSentences() {
        assertEquals(List.of("Write to a.b@example.co.kr or see www.example.com today.", "Thanks."),
                sentences("Write to a.b@example.co.kr or see www.example.com today. Thanks."));
    }

    @Test
    void sentenceTokensMatchItsSpan() {
        String text = "Kim stated. “Yes,” he said.";
        for (Sentence s : splitter.split(text)) {
            assertEquals(s.start(), s.tokens().get(0).start());
            assertEquals(s.end(), s.tokens().get(s.tokens().size() - 1).end());
        }
    }
}
