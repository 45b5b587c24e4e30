package io.storyline.nlp.quote;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteScannerTest {

    /** As on a wiki page of the htmldate set: an opening mark alone on its line, then a paragraph reopening it. */
    @Test
    void anOpeningMarkAloneOnItsLineBeforeAReopenedParagraphIsScannedWithoutFailing() {
        String text = "History\n“\n“Penny lives with her mom in a little trailer by the river.”\nMore text.";
        List<QuotedSpan> spans = new QuoteScanner().scan(text);
        assertEquals(1, spans.size());
        assertTrue(spans.get(0).text().contains("Penny lives with her mom"), spans.get(0).text());
    }
}
