package io.storyline.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {
    private final QuoteScanner scanner = new QuoteScanner();

    private List<String> quotes(String text) {
        return scanner.scan(text).stream().map(QuotedSpan::text).toList();
    }

    @Test
    void findsCurlyAndStraightDoubleQuotes() {
        assertEquals(List.of("We agree,", "Now we act."), quotes("“We agree,” he said. \"Now we act.\""));
    }

    @Test
    void offsetsCoverTheWordsWithoutTheMarks() {
        String text = "He said “ We act. ” then left";
        QuotedSpan span = scanner.scan(text).get(0);
        assertEquals("We act.", text.substring(span.start(), span.end()));
        assertEquals('“', text.charAt(span.openMark()));
        assertEquals('”', text.charAt(span.closeMark()));
    }

    @Test
    void keepsNestedQuotesInsideTheOuterOne() {
        assertEquals(List.of("He called it ‘a farce’ and \"a joke\" today"),
                quotes("She said: “He called it ‘a farce’ and \"a joke\" today”."));
    }

    @Test
    void apostrophesAreNotQuoteMarks() {
        assertEquals(List.of("Russia’s friends aren’t idle"), quotes("It’s the leaders’ view that “Russia’s friends aren’t idle”."));
        assertEquals(List.of("a fair deal for all"), quotes("He wants ‘a fair deal for all’, it's said."));
    }

    @Test
    void quoteOpenAtParagraphEndContinuesWhereTheNextParagraphReopensIt() {
        String text = "Park said:\n“The talks will resume.\n\n“Both sides agreed,” he said.\nNext.";
        List<QuotedSpan> spans = scanner.scan(text);
        assertEquals(1, spans.size());
        assertEquals("The talks will resume.\nBoth sides agreed,", spans.get(0).text());
        assertEquals(2, spans.get(0).paragraphs());
        assertEquals(text.indexOf("The talks"), spans.get(0).start());
        assertEquals(text.indexOf("agreed,") + 7, spans.get(0).end());
    }

    @Test
    void unclosedQuoteEndsWithItsParagraph() {
        List<QuotedSpan> spans = scanner.scan("He said “we will win\nThe next paragraph.");
        assertEquals(1, spans.size());
        assertEquals("we will win", spans.get(0).text());
        assertEquals(-1, spans.get(0).closeMark());
    }

    @Test
    void secondOpeningMarkRestartsAQuoteWhoseCloseIsMissing() {
        assertEquals(List.of("Second one."), quotes("“First one, he said. “Second one.”"));
    }
}
