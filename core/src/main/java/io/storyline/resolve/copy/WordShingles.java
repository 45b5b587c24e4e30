package io.storyline.resolve.copy;

import java.util.Arrays;
import java.util.List;

/**
 * Hashes of the k-word windows (shingles) of a token list. Copies share long runs of words, unrelated texts on
 * the same story share only short ones; k = 3 keeps most windows of a copy whose content words were partly
 * swapped by a spinner (measured in {@code storyline bench dedup}).
 */
public final class WordShingles {
    public static final int DEFAULT_WIDTH = 3;

    private WordShingles() {
    }

    /** One 64-bit hash per window (duplicates kept); a text shorter than a window gives one hash of all its words. */
    public static long[] hashes(List<String> words, int width) {
        int n = words.size();
        if (n == 0) {
            return new long[0];
        }
        long[] wordHashes = new long[n];
        for (int i = 0; i < n; i++) {
            wordHashes[i] = mix(words.get(i).hashCode() * 0x9E3779B97F4A7C15L + words.get(i).length());
        }
        int windows = Math.max(1, n - width + 1);
        int span = Math.min(width, n);
        long[] out = new long[windows];
        for (int i = 0; i < windows; i++) {
            long h = 0x2545F4914F6CDD1DL;
            for (int j = 0; j < span; j++) {
                h = mix(h * 31 + wordHashes[i + j]);
            }
            out[i] = h;
        }
        return out;
    }

    /** The distinct shingle hashes, sorted: the exact set that Jaccard similarity is defined over. */
    public static long[] distinctSorted(long[] hashes) {
        long[] copy = hashes.clone();
        Arrays.sort(copy);
        int w = 0;
        for (int i = 0; i < copy.length; i++) {
            if (i == 0 || copy[i] != copy[i - 1]) {
                copy[w++] = copy[i];
            }
        }
        return Arrays.copyOf(copy, w);
    }

    /** Exact Jaccard similarity of two distinct, sorted hash sets. */
    public static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 1.0 : (double) common / union;
    }

    /** MurmurHash3's 64-bit finaliser: spreads the bits so every bit of the result depends on every input bit. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53a87d3L;
        h ^= h >>> 33;
        return h;
    }
}
