package io.storyline.bench;

import io.storyline.resolve.copy.WordShingles;
import io.storyline.resolve.copy.WordTokens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The exact baseline for copy candidates: Jaccard similarity of the shingle sets of every pair of documents.
 * Pairs that share no shingle have Jaccard 0, so the shared-shingle counts are accumulated through an inverted
 * index (every pair with any overlap is counted exactly) instead of merging 200 million set pairs one by one.
 * Shingle hashes are cut to 40 bits to pack the document number beside them; the few collisions that causes
 * among a few million shingles do not move any figure.
 */
final class ExactJaccard {
    private static final int DOC_BITS = 24;

    /** Pairs (position a, position b, Jaccard x 1e6) at or above the threshold, and how many pairs overlap at all. */
    record Result(List<long[]> hits, long pairsWithOverlap) {
    }

    private ExactJaccard() {
    }

    /** All pairs among the texts at positions 0..n-1. */
    static Result allPairs(int n, IntFunction<String> texts, int width, double threshold) {
        if (n >= 1 << DOC_BITS) {
            throw new IllegalArgumentException("sample too large for the baseline: " + n);
        }
        int[] sizes = new int[n];
        long[][] sets = new long[n][];
        long total = 0;
        for (int k = 0; k < n; k++) {
            long[] set = WordShingles.distinctSorted(WordShingles.hashes(WordTokens.of(texts.apply(k)), width));
            sets[k] = set;
            total += set.length;
        }
        long[] postings = new long[(int) total];
        int at = 0;
        for (int k = 0; k < n; k++) {
            for (long h : sets[k]) {
                postings[at++] = (h >>> DOC_BITS) << DOC_BITS | k;
            }
            sets[k] = null;
        }
        Arrays.sort(postings);
        // group g covers postings[groupStart[g] .. groupStart[g+1]); each document lists the groups it is in
        int[] groupOf = new int[postings.length];
        int groups = 0;
        for (int i = 0; i < postings.length; i++) {
            if (i > 0 && postings[i] >>> DOC_BITS != postings[i - 1] >>> DOC_BITS) {
                groups++;
            }
            groupOf[i] = groups;
        }
        groups++;
        int[] groupStart = new int[groups + 1];
        for (int i = postings.length - 1; i >= 0; i--) {
            groupStart[groupOf[i]] = i;
        }
        groupStart[groups] = postings.length;
        int[][] docGroups = new int[n][];
        for (int i = 0; i < postings.length; i++) {
            sizes[(int) (postings[i] & ((1 << DOC_BITS) - 1))]++;
        }
        for (int k = 0; k < n; k++) {
            docGroups[k] = new int[sizes[k]];
        }
        int[] fill = new int[n];
        for (int i = 0; i < postings.length; i++) {
            int doc = (int) (postings[i] & ((1 << DOC_BITS) - 1));
            docGroups[doc][fill[doc]++] = groupOf[i];
        }
        groupOf = null;

        int[] shared = new int[n];
        int[] touched = new int[n];
        List<long[]> hits = new ArrayList<>();
        long overlapping = 0;
        for (int a = 0; a < n; a++) {
            int touchedCount = 0;
            for (int g : docGroups[a]) {
                for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
                    int b = (int) (postings[i] & ((1 << DOC_BITS) - 1));
                    if (b > a) {
                        if (shared[b]++ == 0) {
                            touched[touchedCount++] = b;
                        }
                    }
                }
            }
            overlapping += touchedCount;
            for (int t = 0; t < touchedCount; t++) {
                int b = touched[t];
                int common = shared[b];
                shared[b] = 0;
                double jaccard = (double) common / (sizes[a] + sizes[b] - common);
                if (jaccard >= threshold) {
                    hits.add(new long[] {a, b, Math.round(jaccard * 1e6)});
                }
            }
        }
        return new Result(hits, overlapping);
    }
}
