package io.storyline.nlp.parse;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The averaged weights of a trained perceptron as compressed rows (CSR): for each hashed feature row the classes it
 * has a weight for. Immutable, so one instance scores for any number of threads. Written with half-precision
 * weights: the rounding changes no decision worth measuring and halves the model.
 */
final class SparseWeights {
    private final int bits;
    private final int classes;
    private final int[] starts;
    private final short[] ids;
    private final float[] values;

    SparseWeights(int bits, int classes, int[] starts, short[] ids, float[] values) {
        this.bits = bits;
        this.classes = classes;
        this.starts = starts;
        this.ids = ids;
        this.values = values;
    }

    int classes() {
        return classes;
    }

    int nonZero() {
        return values.length;
    }

    /** Adds the weights of {@code n} features to {@code scores} (not cleared). */
    void score(long[] features, int n, float[] scores) {
        for (int f = 0; f < n; f++) {
            int r = AveragedPerceptron.row(features[f], bits);
            for (int k = starts[r], end = starts[r + 1]; k < end; k++) {
                scores[ids[k]] += values[k];
            }
        }
    }

    /** These weights without the smallest ones, at most {@code keep} left: a model that fits its size budget. */
    SparseWeights largest(int keep) {
        if (keep >= values.length) {
            return this;
        }
        float[] magnitudes = new float[values.length];
        for (int k = 0; k < values.length; k++) {
            magnitudes[k] = Math.abs(values[k]);
        }
        java.util.Arrays.sort(magnitudes);
        float threshold = magnitudes[values.length - keep];
        int rows = 1 << bits;
        int[] newStarts = new int[rows + 1];
        short[] newIds = new short[keep];
        float[] newValues = new float[keep];
        int n = 0;
        for (int r = 0; r < rows; r++) {
            newStarts[r] = n;
            for (int k = starts[r]; k < starts[r + 1] && n < keep; k++) {
                if (Math.abs(values[k]) >= threshold) {
                    newIds[n] = ids[k];
                    newValues[n++] = values[k];
                }
            }
        }
        newStarts[rows] = n;
        return new SparseWeights(bits, classes, newStarts, java.util.Arrays.copyOf(newIds, n), java.util.Arrays.copyOf(newValues, n));
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(bits);
        out.writeInt(classes);
        out.writeInt(values.length);
        int rows = 1 << bits;
        int empty = 0; // runs of empty rows as one count: most rows of a small treebank's model are empty
        for (int r = 0; r < rows; r++) {
            int n = starts[r + 1] - starts[r];
            if (n == 0) {
                empty++;
                continue;
            }
            writeVarint(out, empty);
            empty = 0;
            writeVarint(out, n);
            for (int k = starts[r]; k < starts[r + 1]; k++) {
                writeVarint(out, ids[k]);
                out.writeShort(Float.floatToFloat16(values[k]));
            }
        }
        writeVarint(out, empty);
    }

    static SparseWeights read(DataInputStream in) throws IOException {
        int bits = in.readInt();
        int classes = in.readInt();
        int total = in.readInt();
        if (bits < 1 || bits > 26 || classes < 1 || total < 0) {
            throw new IOException("corrupt weights: 2^" + bits + " rows, " + classes + " classes, " + total + " weights");
        }
        int rows = 1 << bits;
        int[] starts = new int[rows + 1];
        short[] ids = new short[total];
        float[] values = new float[total];
        int r = 0;
        int k = 0;
        while (true) {
            int empty = readVarint(in);
            for (int e = 0; e < empty; e++) {
                starts[r++] = k;
            }
            if (r >= rows) {
                break;
            }
            starts[r++] = k;
            int n = readVarint(in);
            for (int i = 0; i < n; i++) {
                ids[k] = (short) readVarint(in);
                values[k++] = Float.float16ToFloat(in.readShort());
            }
        }
        starts[rows] = k;
        if (k != total) {
            throw new IOException("corrupt weights: " + k + " read, " + total + " announced");
        }
        return new SparseWeights(bits, classes, starts, ids, values);
    }

    static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("corrupt varint");
    }
}
