package io.storyline.resolve.copy;

/**
 * A MinHash signature of a shingle set: {@code size} ints whose position-wise agreement between two texts
 * estimates the Jaccard similarity of their shingle sets.
 *
 * <p>Hand-written because no library on our class path offers it over primitive arrays. It uses one-permutation
 * hashing (each shingle hash falls into one of {@code size} bins, each bin keeps its minimum) with rotation
 * densification for empty bins (Shrivastava and Li, 2014): one hash per shingle instead of {@code size}, which
 * is what makes a million documents affordable on two cores.
 */
public final class MinHashSignature {
    private static final int EMPTY = Integer.MAX_VALUE;

    private MinHashSignature() {
    }

    public static int[] of(long[] shingleHashes, int size) {
        int[] bins = new int[size];
        java.util.Arrays.fill(bins, EMPTY);
        for (long h : shingleHashes) {
            int bin = (int) (((h >>> 32) * size) >>> 32);
            int value = (int) (h & 0x7fffffffL);
            if (value < bins[bin]) {
                bins[bin] = value;
            }
        }
        densify(bins);
        return bins;
    }

    /** The fraction of positions where the two signatures agree: an estimate of Jaccard similarity. */
    public static double agreement(int[] a, int aOffset, int[] b, int bOffset, int size) {
        int same = 0;
        for (int i = 0; i < size; i++) {
            if (a[aOffset + i] == b[bOffset + i]) {
                same++;
            }
        }
        return (double) same / size;
    }

    private static void densify(int[] bins) {
        int size = bins.length;
        boolean any = false;
        for (int v : bins) {
            if (v != EMPTY) {
                any = true;
                break;
            }
        }
        if (!any) {
            return;
        }
        int[] filled = bins.clone();
        for (int i = 0; i < size; i++) {
            if (filled[i] != EMPTY) {
                continue;
            }
            // borrow from the next filled bin to the right, salted by the distance so borrowed values stay distinct
            for (int step = 1; step < size; step++) {
                int from = filled[(i + step) % size];
                if (from != EMPTY) {
                    bins[i] = (int) (WordShingles.mix(((long) from << 8) + step) & 0x7ffffffeL);
                    break;
                }
            }
        }
    }
}
