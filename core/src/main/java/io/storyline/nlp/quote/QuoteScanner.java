package io.storyline.nlp.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the outermost quotations of a text: double marks (straight, curly, guillemets, low-9), and single
 * marks where no double mark is open (a straight or curly apostrophe inside a word is not a mark). Marks
 * inside an open quotation are part of it (nested quotes). By newspaper convention a quotation running over
 * several paragraphs has no closing mark at the end of each paragraph, and the next paragraph reopens it with
 * an opening mark; one that is open at a paragraph's end with no reopening after is closed there.
 * Hand-written: quote-mark pairing with these conventions is not what any of our libraries offers.
 */
public final class QuoteScanner {

    public List<QuotedSpan> scan(String text) {
        List<QuotedSpan> spans = new ArrayList<>();
        Open open = null;
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int i = lineStart;
            if (open != null) { // the previous paragraph ended inside a quotation that goes on here
                i = skipSpaces(text, i, lineEnd) + 1;
                open.skipped.add(new int[] {open.textEndBeforeBreak, i});
            }
            for (; i < lineEnd; i++) {
                char c = text.charAt(i);
                if (open == null) {
                    if (isDoubleOpening(text, i, lineStart, lineEnd) || isSingleOpening(text, i, lineStart, lineEnd)) {
                        open = new Open(i, isDouble(c));
                    }
                } else if (c == '“' && open.isDouble && text.charAt(open.mark) == '“' && i > lineStart
                        && Character.isWhitespace(text.charAt(i - 1))) {
                    open = new Open(i, true); // a second “ where ” was due: the first closing mark is missing
                } else if (c == '"' && open.isDouble && text.charAt(open.mark) != '"'
                        && (open.nestedStraight || opensAt(text, i, lineStart, lineEnd))) {
                    open.nestedStraight = !open.nestedStraight; // "…" nested in “…”
                } else if (open.isDouble ? isDoubleClosing(text, i, open.mark)
                        : isSingleClosing(text, i, lineEnd, open.mark)) {
                    add(spans, text, open, i, i);
                    open = null;
                }
            }
            if (open != null) {
                int next = nextParagraphStart(text, lineEnd);
                if (open.isDouble && next < n && isDouble(text.charAt(next)) && isDoubleOpening(text, next, next, lineEndOf(text, next))) {
                    open.textEndBeforeBreak = trimEnd(text, open.mark + 1, lineEnd);
                    open.paragraphs++;
                    lineStart = next;
                    continue;
                }
                if (open.isDouble) {
                    add(spans, text, open, lineEnd, -1);
                }
                open = null;
            }
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    private static void add(List<QuotedSpan> spans, String text, Open open, int contentEnd, int closeMark) {
        int start = skipSpaces(text, open.mark + 1, contentEnd);
        int end = trimEnd(text, start, contentEnd);
        if (end <= start) {
            return;
        }
        StringBuilder words = new StringBuilder();
        int from = start;
        for (int[] skip : open.skipped) {
            // a reopening mark can fall before the first word ("“" alone on a line, then "“Penny…"): the break
            // then lies outside the words, and there is nothing to cut out
            if (skip[0] < from) {
                from = Math.max(from, skipSpaces(text, skip[1], end));
                continue;
            }
            words.append(text, from, Math.min(skip[0], end)).append('\n');
            from = Math.min(end, skipSpaces(text, skip[1], end));
        }
        words.append(text, Math.min(from, end), end);
        spans.add(new QuotedSpan(open.mark, start, end, closeMark, words.toString(), open.paragraphs));
    }

    private static boolean isDouble(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
    }

    private static boolean isDoubleOpening(String text, int i, int lineStart, int lineEnd) {
        char c = text.charAt(i);
        if (c == '“' || c == '„' || c == '«') {
            return true;
        }
        return c == '"' && opensAt(text, i, lineStart, lineEnd);
    }

    private static boolean isDoubleClosing(String text, int i, int openMark) {
        char c = text.charAt(i);
        return c == '”' || c == '»' || c == '"' && i > openMark + 1;
    }

    private static boolean isSingleOpening(String text, int i, int lineStart, int lineEnd) {
        char c = text.charAt(i);
        return (c == '‘' || c == '\'') && opensAt(text, i, lineStart, lineEnd) && Character.isLetter(charAt(text, i + 1, lineEnd));
    }

    /** A single closing mark: not followed by a letter (so not the apostrophe of "it’s"). */
    private static boolean isSingleClosing(String text, int i, int lineEnd, int openMark) {
        char c = text.charAt(i);
        return (c == '’' || c == '\'') && i > openMark + 1 && !Character.isWhitespace(text.charAt(i - 1))
                && !Character.isLetterOrDigit(charAt(text, i + 1, lineEnd))
                && text.charAt(i - 1) != 's'; // "the leaders’ views": a plural possessive, not a close
    }

    /** A straight mark opens when it starts the paragraph or follows a space, bracket or dash, and a non-space follows. */
    private static boolean opensAt(String text, int i, int lineStart, int lineEnd) {
        char before = i > lineStart ? text.charAt(i - 1) : ' ';
        char after = charAt(text, i + 1, lineEnd);
        boolean leftOpen = Character.isWhitespace(before) || "([{—–-:“‘".indexOf(before) >= 0;
        return leftOpen && !Character.isWhitespace(after) && after != 0;
    }

    private static char charAt(String text, int i, int lineEnd) {
        return i < lineEnd ? text.charAt(i) : 0;
    }

    private static int skipSpaces(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The first non-space char of the next non-blank paragraph after the line break at {@code lineEnd}. */
    private static int nextParagraphStart(String text, int lineEnd) {
        return skipSpaces(text, lineEnd, text.length());
    }

    private static int lineEndOf(String text, int i) {
        int e = text.indexOf('\n', i);
        return e < 0 ? text.length() : e;
    }

    private static final class Open {
        final int mark;
        final boolean isDouble;
        final List<int[]> skipped = new ArrayList<>();
        int textEndBeforeBreak;
        int paragraphs = 1;
        boolean nestedStraight;

        Open(int mark, boolean isDouble) {
            this.mark = mark;
            this.isDouble = isDouble;
        }
    }
}
