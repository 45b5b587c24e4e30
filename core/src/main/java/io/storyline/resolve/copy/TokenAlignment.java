package io.storyline.resolve.copy;

import java.util.Arrays;

/**
 * A monotone word-to-word alignment of two texts, patience-diff style: words that occur exactly once in both
 * texts anchor the alignment (their longest increasing chain), runs of equal words extend from the anchors, and
 * the gaps between anchors are aligned the same way, recursively, down to small gaps that get an exact LCS.
 *
 * <p>Hand-written because the diff libraries at hand work on lines and strings, not on word ids, and because
 * this form is linear-ish on the near-copies we feed it while a plain LCS is quadratic.
 */
final class TokenAlignment {
    private static final int MAX_DP_CELLS = 4096;

    private final int[] a;
    private final int[] b;
    private final int[] matchOfA;
    private final int[] countA;
    private final int[] countB;
    private final int[] posB;

    private TokenAlignment(int[] a, int[] b, int vocabulary) {
        this.a = a;
        this.b = b;
        this.matchOfA = new int[a.length];
        Arrays.fill(matchOfA, -1);
        this.countA = new int[vocabulary];
        this.countB = new int[vocabulary];
        this.posB = new int[vocabulary];
    }

    /**
     * For each word of {@code a}, the index of the word of {@code b} it is aligned with, or -1; word ids are in
     * {@code [0, vocabulary)}.
     */
    static int[] align(int[] a, int[] b, int vocabulary) {
        TokenAlignment alignment = new TokenAlignment(a, b, vocabulary);
        alignment.alignRange(0, a.length, 0, b.length);
        return alignment.matchOfA;
    }

    private void alignRange(int a0, int a1, int b0, int b1) {
        while (a0 < a1 && b0 < b1 && a[a0] == b[b0]) {
            matchOfA[a0++] = b0++;
        }
        while (a0 < a1 && b0 < b1 && a[a1 - 1] == b[b1 - 1]) {
            matchOfA[--a1] = --b1;
        }
        if (a0 == a1 || b0 == b1) {
            return;
        }
        int[][] chain = uniqueAnchorChain(a0, a1, b0, b1);
        if (chain[0].length == 0) {
            if ((long) (a1 - a0) * (b1 - b0) <= MAX_DP_CELLS) {
                longestCommonSubsequence(a0, a1, b0, b1);
            }
            return;
        }
        int prevA = a0;
        int prevB = b0;
        for (int k = 0; k < chain[0].length; k++) {
            int ai = chain[0][k];
            int bi = chain[1][k];
            alignRange(prevA, ai, prevB, bi);
            matchOfA[ai] = bi;
            prevA = ai + 1;
            prevB = bi + 1;
        }
        alignRange(prevA, a1, prevB, b1);
    }

    /** Words unique in both ranges, as the longest chain increasing in both texts: {aPositions, bPositions}. */
    private int[][] uniqueAnchorChain(int a0, int a1, int b0, int b1) {
        for (int i = a0; i < a1; i++) {
            countA[a[i]]++;
        }
        for (int j = b0; j < b1; j++) {
            countB[b[j]]++;
            posB[b[j]] = j;
        }
        int[] anchorA = new int[Math.min(a1 - a0, b1 - b0)];
        int[] anchorB = new int[anchorA.length];
        int n = 0;
        for (int i = a0; i < a1 && n < anchorA.length; i++) {
            int t = a[i];
            if (countA[t] == 1 && countB[t] == 1) {
                anchorA[n] = i;
                anchorB[n] = posB[t];
                n++;
            }
        }
        for (int i = a0; i < a1; i++) {
            countA[a[i]] = 0;
        }
        for (int j = b0; j < b1; j++) {
            countB[b[j]] = 0;
        }
        return longestIncreasing(anchorA, anchorB, n);
    }

    /** Patience sorting: the longest subsequence of the anchors whose b positions increase. */
    private static int[][] longestIncreasing(int[] anchorA, int[] anchorB, int n) {
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int k = 0; k < n; k++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (anchorB[tails[mid]] < anchorB[k]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[k] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = k;
            if (lo == length) {
                length++;
            }
        }
        int[] chainA = new int[length];
        int[] chainB = new int[length];
        for (int k = length == 0 ? -1 : tails[length - 1], at = length - 1; k >= 0; k = previous[k], at--) {
            chainA[at] = anchorA[k];
            chainB[at] = anchorB[k];
        }
        return new int[][] {chainA, chainB};
    }

    private void longestCommonSubsequence(int a0, int a1, int b0, int b1) {
        int n = a1 - a0;
        int m = b1 - b0;
        int[][] table = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                table[i][j] = a[a0 + i] == b[b0 + j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a[a0 + i] == b[b0 + j]) {
                matchOfA[a0 + i] = b0 + j;
                i++;
                j++;
            } else if (table[i + 1][j] >= table[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }
}
