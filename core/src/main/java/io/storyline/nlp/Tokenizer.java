package io.storyline.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into Penn-Treebank-style tokens with character offsets, the way CoNLL-2003 (on which our NER
 * model is trained) was tokenized: punctuation and quote marks apart, clitics "n't" "'s" "'re" … apart,
 * but hyphenated words ("Jong-Sup", "Indo-Pacific"), abbreviations ("U.S.", "Mr.", "Jan.", "No. 2",
 * initials), numbers ("10,000", "3.5", "10:27", "1/30/2023"), URLs and e-mail addresses kept whole.
 *
 * <p>Hand-written because no library in core does this: Lucene's UAX#29 tokenizer drops punctuation and
 * splits hyphenated names, {@link java.text.BreakIterator} has no PTB clitics, and CoreNLP/OpenNLP may not be
 * dependencies of core. One pass over the characters, no regular expressions; stateless, so thread-safe.
 */
public final class Tokenizer {

    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** Tokens of {@code text[from, to)}, offsets into the whole text. */
    public List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(16, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (startsUrl(text, i, to)) {
                int end = urlEnd(text, i, to);
                add(tokens, text, i, end);
                i = end;
            } else if (isWordChar(c) || startsSignedOrBareDecimal(text, i, from, to)) {
                i = word(text, i, to, tokens);
            } else {
                int end = punctuationEnd(text, i, to);
                add(tokens, text, i, end);
                i = end;
            }
        }
        return tokens;
    }

    /** Scans one word starting at a letter or digit; adds it (and a split-off clitic); returns where it ends. */
    private static int word(String text, int start, int to, List<Token> tokens) {
        int j = start + 1;
        while (j < to) {
            char ch = text.charAt(j);
            if (isWordChar(ch)) {
                j++;
                continue;
            }
            char prev = text.charAt(j - 1);
            char next = j + 1 < to ? text.charAt(j + 1) : ' ';
            boolean between = isWordChar(prev) && isWordChar(next);
            if (ch == '.' && isWordChar(next)
                    || (ch == ',' || ch == ':') && isDigit(prev) && isDigit(next)
                    || (isHyphen(ch) || ch == '/' || ch == '&' || ch == '@') && between) {
                j++;
                continue;
            }
            if (ch == '.' && isHyphen(next) && j + 2 < to && isWordChar(text.charAt(j + 2))
                    && (isDottedLetters(text, start, j) || Abbreviations.kindOf(text, start, j) != null)) {
                j += 2; // "U.S.-led", "Mo.-based"
                continue;
            }
            if (ch == '$' && j - start <= 3 && isUpperCaseRun(text, start, j)) {
                j++; // currency prefixes "C$", "HK$", "US$"
                break;
            }
            if (isApostrophe(ch)) {
                int clitic = cliticEnd(text, j, to);
                if (clitic > 0) {
                    add(tokens, text, start, j);
                    add(tokens, text, j, clitic);
                    return clitic;
                }
                if ((next == 't' || next == 'T') && (prev == 'n' || prev == 'N') && j - 1 > start
                        && !isWordChar(j + 2 < to ? text.charAt(j + 2) : ' ')) {
                    add(tokens, text, start, j - 1);
                    add(tokens, text, j - 1, j + 2);
                    return j + 2;
                }
                if (isLetter(next)) { // O'Brien, rock'n'roll
                    j++;
                    continue;
                }
            }
            break;
        }
        if (j < to && text.charAt(j) == '.' && !(j + 1 < to && text.charAt(j + 1) == '.')
                && keepsPeriod(text, start, j, to)) {
            j++;
        }
        add(tokens, text, start, j);
        return j;
    }

    /** End of a clitic 's 'm 'd 're 've 'll (straight or curly apostrophe at {@code j}) followed by a non-letter, or -1. */
    private static int cliticEnd(String text, int j, int to) {
        int k = j + 1;
        while (k < to && k - j <= 3 && isLetter(text.charAt(k))) {
            k++;
        }
        if (k < to && isWordChar(text.charAt(k))) {
            return -1;
        }
        String c = text.substring(j + 1, k).toLowerCase(java.util.Locale.ROOT);
        return switch (c) {
            case "s", "m", "d", "re", "ve", "ll" -> k;
            default -> -1;
        };
    }

    private static boolean keepsPeriod(String text, int start, int end, int to) {
        Abbreviations.Kind kind = Abbreviations.kindOf(text, start, end);
        if (kind == Abbreviations.Kind.NUMERIC) {
            int k = end + 1;
            while (k < to && isSpace(text.charAt(k))) {
                k++;
            }
            return k > end + 1 && k < to && isDigit(text.charAt(k));
        }
        if (kind != null) {
            return true;
        }
        if (end - start == 1 && Character.isUpperCase(text.charAt(start))) {
            return true; // an initial
        }
        if (end - start <= 3 && isDigitRun(text, start, end) && startsLine(text, start)) {
            return true; // a list number: "1. Michelle Freeman"
        }
        return isDottedLetters(text, start, end);
    }

    /** "U.S", "e.g", "a.m", "Ph.D": letters in dot-separated groups of at most two, at least one single. */
    private static boolean isDottedLetters(String text, int start, int end) {
        int group = 0;
        boolean sawDot = false;
        boolean sawSingle = false;
        for (int k = start; k <= end; k++) {
            char ch = k < end ? text.charAt(k) : '.';
            if (ch == '.') {
                if (group == 0 || group > 2) {
                    return false;
                }
                sawSingle |= group == 1;
                sawDot |= k < end;
                group = 0;
            } else if (isLetter(ch)) {
                group++;
            } else {
                return false;
            }
        }
        return sawDot && sawSingle;
    }

    /** ".596" and "+0.435" (after a space or bracket) are numbers, as in CoNLL-2003. */
    private static boolean startsSignedOrBareDecimal(String text, int i, int from, int to) {
        char c = text.charAt(i);
        if ((c != '.' && c != '+') || i + 1 >= to || !isDigit(text.charAt(i + 1))) {
            return false;
        }
        return i == from || isSpace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
    }

    private static boolean isUpperCaseRun(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigitRun(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsLine(String text, int start) {
        int k = start - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n' || text.charAt(k) == '\r';
    }

    private static int punctuationEnd(String text, int i, int to) {
        char c = text.charAt(i);
        if (c == '.' || c == '!' || c == '?' || c == '-' || c == '*' || c == '=' || c == '_') {
            int k = i + 1;
            boolean terminal = c == '.' || c == '!' || c == '?';
            while (k < to && (text.charAt(k) == c || terminal && (text.charAt(k) == '!' || text.charAt(k) == '?'))) {
                k++;
            }
            return k;
        }
        if (c == '`' || c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'') { // `` and '' quotes of PTB-style text
            return i + 1 < to && text.charAt(i + 1) == c ? i + 2 : i + 1;
        }
        if ((c == '@' || c == '#') && i + 1 < to && isLetter(text.charAt(i + 1))) {
            return wordCharsEnd(text, i + 1, to); // handles and hashtags
        }
        if (isApostrophe(c) && i + 1 < to && isDigit(text.charAt(i + 1))) {
            return wordCharsEnd(text, i + 1, to); // '90s
        }
        return i + Character.charCount(text.codePointAt(i));
    }

    private static int wordCharsEnd(String text, int k, int to) {
        while (k < to && isWordChar(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean startsUrl(String text, int i, int to) {
        char c = text.charAt(i);
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W' && c != 'f' && c != 'F') {
            return false;
        }
        return text.regionMatches(true, i, "https://", 0, 8) || text.regionMatches(true, i, "http://", 0, 7)
                || text.regionMatches(true, i, "www.", 0, 4) || text.regionMatches(true, i, "ftp://", 0, 6);
    }

    private static int urlEnd(String text, int i, int to) {
        int k = i;
        while (k < to && !isSpace(text.charAt(k)) && "\"<>“”‘«»".indexOf(text.charAt(k)) < 0) {
            k++;
        }
        while (k > i + 1 && ".,;:!?)]}'’".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        return k;
    }

    private static void add(List<Token> tokens, String text, int start, int end) {
        if (end > start) {
            tokens.add(new Token(start, end, text.substring(start, end)));
        }
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isLetter(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
