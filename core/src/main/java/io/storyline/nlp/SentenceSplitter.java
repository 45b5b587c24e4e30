package io.storyline.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups tokens into sentences. A line break always ends a sentence (our clean text is one paragraph a
 * line, and headlines, bylines and captions often have no final period). Otherwise a sentence ends at
 * ". ! ? …" plus any closing quote marks and brackets right after it, unless the next word is lower-case
 * ("“Why?” he asked") or a comma follows; abbreviations such as "Mr." "Gen." "No." and initials never
 * end one, while "U.S." "Inc." "Jan." end one only when a usual sentence starter ("The", "He", …) follows.
 *
 * <p>Hand-written rules rather than a trained splitter: they need no model, and are measured in
 * SentenceSplitterAccuracyTest on hand-checked TimeBank paragraphs. Stateless, so thread-safe.
 */
public final class SentenceSplitter {
    private final Tokenizer tokenizer;

    public SentenceSplitter() {
        this(new Tokenizer());
    }

    public SentenceSplitter(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    public List<Sentence> split(String text) {
        return split(text, tokenizer.tokenize(text));
    }

    /** Sentences over {@code tokens}, which must be the tokens of {@code text} in order. */
    public List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        int n = tokens.size();
        for (int k = 0; k < n; k++) {
            if (k > first && lineBreakBetween(text, tokens.get(k - 1).end(), tokens.get(k).start())) {
                sentences.add(sentence(tokens, first, k));
                first = k;
            }
            Token token = tokens.get(k);
            boolean abbreviation = Abbreviations.kindOfToken(token.text()) == Abbreviations.Kind.END;
            if (!abbreviation && !isTerminal(token.text())) {
                continue;
            }
            int last = k;
            while (last + 1 < n && isCloser(tokens.get(last), tokens.get(last + 1))) {
                last++;
            }
            if (last + 1 < n && endsBefore(tokens.get(last + 1), abbreviation)
                    && !lineBreakBetween(text, tokens.get(last).end(), tokens.get(last + 1).start())) {
                sentences.add(sentence(tokens, first, last + 1));
                first = last + 1;
            }
            k = last;
        }
        if (first < n) {
            sentences.add(sentence(tokens, first, n));
        }
        return sentences;
    }

    private static Sentence sentence(List<Token> tokens, int from, int to) {
        return new Sentence(tokens.get(from).start(), tokens.get(to - 1).end(), tokens.subList(from, to));
    }

    private static boolean isTerminal(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                return false;
            }
        }
        return true;
    }

    /** A closing quote mark or bracket that belongs to the sentence just ended. */
    private static boolean isCloser(Token previous, Token token) {
        String t = token.text();
        if (t.equals("''")) {
            return true;
        }
        if (t.length() != 1) {
            return false;
        }
        char c = t.charAt(0);
        return switch (c) {
            case '”', '’', '»', ')', ']', '}' -> true;
            case '"', '\'' -> token.start() == previous.end(); // straight marks close only when they touch
            default -> false;
        };
    }

    private static boolean endsBefore(Token next, boolean afterAbbreviation) {
        String t = next.text();
        char f = t.charAt(0);
        if (afterAbbreviation) {
            return Character.isUpperCase(f) && SentenceStarters.contains(t);
        }
        if (Character.isLetter(f)) {
            return !Character.isLowerCase(f);
        }
        if (Character.isDigit(f)) {
            return true;
        }
        return switch (f) {
            case '"', '“', '‘', '\'', '`', '«', '(', '[', '-', '–', '—', '•', '*', '@', '#' -> true;
            default -> false;
        };
    }

    /** Whether {@code text[from, to)} holds a line break: a paragraph ends there. */
    public static boolean lineBreakBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                return true;
            }
        }
        return false;
    }
}
