package io.storyline.nlp.quote;

/**
 * A quoted stretch of text before attribution.
 *
 * @param openMark   offset of the opening quote mark
 * @param start      first char of the quoted words (after the mark and any spaces)
 * @param end        end of the quoted words (before spaces and the closing mark)
 * @param closeMark  offset of the closing mark, or -1 when the paragraph ended without one
 * @param text       the quoted words; where the quote runs over several paragraphs, the marks that reopen it
 *                   at each new paragraph are left out
 * @param paragraphs how many paragraphs it spans
 */
public record QuotedSpan(int openMark, int start, int end, int closeMark, String text, int paragraphs) {
}
