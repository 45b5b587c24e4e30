package io.storyline.nlp.parse;

/**
 * Training-time weights of a multi-class perceptron over hashed features: 2^bits rows of one weight per class,
 * averaged over every step as in Collins (2002) with the usual trick of keeping {@code u = Σ step·delta} beside the
 * weights, so the average is {@code w - u/step} without touching every weight at every step. Features are 64-bit
 * hashes and pick their row by their top bits (feature hashing: no dictionary, collisions of rare features are
 * cheap). Dense rows keep updates and scoring simple loops; the model ships as {@link SparseWeights}.
 */
final class AveragedPerceptron {
    private final int bits;
    private final int classes;
    private final float[] weights;
    private final float[] steps;
    private long step = 1;

    AveragedPerceptron(int bits, int classes) {
        this.bits = bits;
        this.classes = classes;
        long size = (1L << bits) * classes;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("2^" + bits + " rows × " + classes + " classes do not fit one array");
        }
        weights = new float[(int) size];
        steps = new float[(int) size];
    }

    int classes() {
        return classes;
    }

    static int row(long feature, int bits) {
        return (int) (feature >>> (64 - bits));
    }

    /** Adds the weights of {@code n} features to {@code scores} (not cleared). */
    void score(long[] features, int n, float[] scores) {
        for (int f = 0; f < n; f++) {
            int base = row(features[f], bits) * classes;
            for (int c = 0; c < classes; c++) {
                scores[c] += weights[base + c];
            }
        }
    }

    void update(long[] features, int n, int cls, float delta) {
        float stamped = delta * step;
        for (int f = 0; f < n; f++) {
            int i = row(features[f], bits) * classes + cls;
            weights[i] += delta;
            steps[i] += stamped;
        }
    }

    /** One training example seen: the next updates weigh one step later. */
    void tick() {
        step++;
    }

    /** The averaged weights, those below {@code minWeight} in magnitude dropped. */
    SparseWeights averaged(float minWeight) {
        int rows = 1 << bits;
        int[] starts = new int[rows + 1];
        int nonZero = 0;
        for (int r = 0; r < rows; r++) {
            starts[r] = nonZero;
            int base = r * classes;
            for (int c = 0; c < classes; c++) {
                if (Math.abs(average(base + c)) >= minWeight) {
                    nonZero++;
                }
            }
        }
        starts[rows] = nonZero;
        short[] ids = new short[nonZero];
        float[] values = new float[nonZero];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            int base = r * classes;
            for (int c = 0; c < classes; c++) {
                float v = average(base + c);
                if (Math.abs(v) >= minWeight) {
                    ids[k] = (short) c;
                    values[k++] = v;
                }
            }
        }
        return new SparseWeights(bits, classes, starts, ids, values);
    }

    private float average(int i) {
        return (float) (weights[i] - (double) steps[i] / step);
    }
}
