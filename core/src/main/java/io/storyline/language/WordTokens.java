package io.storyline.language;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of a stretch of text as the tense reader counts them: a run of letters, a run of digits, or one other
 * character, white space skipped. The same cut as the time grammar's tokens, so that a cue "right before" a word
 * means the same token to both readers. Hand-written: it is a dozen lines and must not allocate per character.
 */
final class WordTokens {
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private String[] lower = new String[32];
    private int size;

    /** The tokens of {@code text} between {@code from} and {@code to}. */
    static WordTokens of(CharSequence text, int from, int to) {
        WordTokens tokens = new WordTokens();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetter(c)) {
                while (i < to && Character.isLetter(text.charAt(i))) i++;
            } else if (Character.isDigit(c)) {
                while (i < to && Character.isDigit(text.charAt(i))) i++;
            } else {
                i++;
            }
            tokens.add(start, i, text.subSequence(start, i).toString().toLowerCase(Locale.ROOT));
        }
        return tokens;
    }

    private void add(int start, int end, String word) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            lower = Arrays.copyOf(lower, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        lower[size++] = word;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** The token in lower case, or null outside the stretch. */
    String lower(int i) {
        return i >= 0 && i < size ? lower[i] : null;
    }

    boolean isWord(int i) {
        return Character.isLetter(lower[i].charAt(0));
    }
}
