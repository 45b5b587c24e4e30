package io.storyline.resolve.copy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The normalised words of a text, the unit that copies are compared in: letters and digits only, lower-cased,
 * so that punctuation, quotes, spacing and markup differences between sites do not hide a copy.
 */
public final class WordTokens {
    private WordTokens() {
    }

    public static List<String> of(String text) {
        return located(text).words();
    }

    /** The words with the character span each came from, for evidence. */
    public static Located located(String text) {
        List<String> words = new ArrayList<>(Math.max(16, text.length() / 6));
        int[] starts = new int[Math.max(16, text.length() / 4)];
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (words.size() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[words.size()] = start;
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return new Located(words, Arrays.copyOf(starts, words.size()));
    }

    /** Words and the character offset where each starts (it ends after its length). */
    public record Located(List<String> words, int[] starts) {
        public int end(int word) {
            return starts[word] + words.get(word).length();
        }
    }
}
