package io.storyline.nlp.parse;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SparseWeightsTest {
    private static final int BITS = 8, CLASSES = 41;

    /** Rows of every length, from empty to full, so both the dense and the sparse layout are used. */
    private static SparseWeights weights(Random random, float[][] plain) {
        int rows = 1 << BITS;
        int[] starts = new int[rows + 1];
        short[] ids = new short[rows * CLASSES];
        float[] values = new float[rows * CLASSES];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            starts[r] = k;
            int length = r % 3 == 0 ? random.nextInt(CLASSES + 1) : random.nextInt(4);
            boolean[] has = new boolean[CLASSES];
            for (int i = 0; i < length; i++) {
                has[random.nextInt(CLASSES)] = true;
            }
            for (int c = 0; c < CLASSES; c++) {
                if (has[c]) {
                    float v = (float) random.nextGaussian();
                    ids[k] = (short) c;
                    values[k++] = v;
                    plain[r][c] = Float.float16ToFloat(Float.floatToFloat16(v));
                }
            }
        }
        starts[rows] = k;
        return new SparseWeights(BITS, CLASSES, starts, java.util.Arrays.copyOf(ids, k), java.util.Arrays.copyOf(values, k));
    }

    @Test
    void denseAndSparseRowsScoreAsThePlainHalfPrecisionRowsAddedInOrder() {
        Random random = new Random(5);
        float[][] plain = new float[1 << BITS][CLASSES];
        SparseWeights weights = weights(random, plain);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(60);
            long[] features = new long[n];
            float[] expected = new float[CLASSES];
            for (int f = 0; f < n; f++) {
                features[f] = random.nextLong();
                float[] row = plain[AveragedPerceptron.row(features[f], BITS)];
                for (int c = 0; c < CLASSES; c++) {
                    expected[c] += row[c];
                }
            }
            float[] scores = new float[CLASSES];
            weights.score(features, n, scores);
            assertArrayEquals(expected, scores, "trial " + trial);
        }
    }

    @Test
    void aModelScoresTheSameAfterItIsWrittenAndReadBack() throws Exception {
        Random random = new Random(9);
        SparseWeights weights = weights(random, new float[1 << BITS][CLASSES]);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            weights.write(out);
        }
        SparseWeights read = SparseWeights.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(weights.nonZero(), read.nonZero());
        long[] features = random.longs(100).toArray();
        float[] before = new float[CLASSES], after = new float[CLASSES];
        weights.score(features, features.length, before);
        read.score(features, features.length, after);
        assertArrayEquals(before, after);
    }
}
