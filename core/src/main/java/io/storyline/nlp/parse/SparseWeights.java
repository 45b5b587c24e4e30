package io.storyline.nlp.parse;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The averaged weights of a trained perceptron as compressed rows (CSR): for each hashed feature row the classes it
 * has a weight for. Immutable, so one instance scores for any number of threads. Written with half-precision
 * weights: the rounding changes no decision worth measuring and halves the model.
 * <p>
 * Scoring is where the parser spends its time, in two ways. Rows read often (tags, tag pairs, frequent words) have
 * a weight for many classes; those are kept dense, in half precision, and the JIT turns adding one into a few vector
 * instructions (a {@code short[]} cannot alias the {@code float[]} of scores, so it may), where a sparse row costs a
 * scattered add per weight. Rows read rarely cost cache misses; so a row's place and length share one int, its
 * weights (class and half-precision value) one int each, and all rows' places (and first weights) are loaded
 * before any is added, so the misses overlap. Weights are scored in half precision, as the model file keeps them
 * (a model scores the same before and after it is saved), and a missing class adds 0: the sums are those of the
 * plain rows, added in the same order.
 */
final class SparseWeights {
    /** Sparse rows are shorter than this, so their length fits the low bits of {@link #index}. */
    private static final int LENGTH_BITS = 4;
    private static final int LENGTH_MASK = (1 << LENGTH_BITS) - 1;
    private final int bits;
    private final int classes;
    private final int[] starts;
    private final short[] ids;
    private final float[] values;
    /** Per row: its start in {@link #packed} shifted left by {@link #LENGTH_BITS} plus its length, or for a dense row -1 - its offset in {@link #dense}. */
    private final int[] index;
    /** The weights of the sparse rows: class in the high 16 bits, half-precision value in the low. */
    private final int[] packed;
    /** Dense rows of {@code classes} half-precision weights each. */
    private final short[] dense;

    SparseWeights(int bits, int classes, int[] starts, short[] ids, float[] values) {
        this.bits = bits;
        this.classes = classes;
        this.starts = starts;
        this.ids = ids;
        this.values = values;
        int rows = 1 << bits;
        // about where a vectorised add of the whole row costs what scattering its weights does
        int denseFrom = Math.min(1 << LENGTH_BITS, Math.max(4, classes / 8));
        int denseRows = 0, sparseWeights = 0;
        for (int r = 0; r < rows; r++) {
            int length = starts[r + 1] - starts[r];
            if (length >= denseFrom) {
                denseRows++;
            } else {
                sparseWeights += length;
            }
        }
        if ((long) sparseWeights << LENGTH_BITS > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(sparseWeights + " sparse weights are too many to index");
        }
        index = new int[rows];
        packed = new int[sparseWeights];
        dense = new short[denseRows * classes];
        int denseOffset = 0, sparseOffset = 0;
        for (int r = 0; r < rows; r++) {
            int length = starts[r + 1] - starts[r];
            if (length >= denseFrom) {
                index[r] = -1 - denseOffset;
                for (int k = starts[r]; k < starts[r + 1]; k++) {
                    dense[denseOffset + ids[k]] = Float.floatToFloat16(values[k]);
                }
                denseOffset += classes;
            } else {
                index[r] = sparseOffset << LENGTH_BITS | length;
                for (int k = starts[r]; k < starts[r + 1]; k++) {
                    packed[sparseOffset++] = ids[k] << 16 | Float.floatToFloat16(values[k]) & 0xFFFF;
                }
            }
        }
    }

    int classes() {
        return classes;
    }

    int nonZero() {
        return values.length;
    }

    /** Adds the weights of {@code n} features to {@code scores} (not cleared). */
    void score(long[] features, int n, float[] scores) {
        int[] places = new int[n];
        for (int f = 0; f < n; f++) {
            places[f] = index[AveragedPerceptron.row(features[f], bits)];
        }
        int[] firsts = new int[n]; // each sparse row's first weight, loaded before any is added: the misses overlap
        for (int f = 0; f < n; f++) {
            int place = places[f];
            if (place > 0 && (place & LENGTH_MASK) != 0) {
                firsts[f] = packed[place >>> LENGTH_BITS];
            }
        }
        for (int f = 0; f < n; f++) {
            int place = places[f];
            if (place < 0) {
                addDense(scores, -1 - place);
            } else if ((place & LENGTH_MASK) != 0) {
                add(scores, firsts[f]);
                int start = place >>> LENGTH_BITS;
                for (int k = start + 1, end = start + (place & LENGTH_MASK); k < end; k++) {
                    add(scores, packed[k]);
                }
            }
        }
    }

    private static void add(float[] scores, int weight) {
        scores[weight >>> 16] += Float.float16ToFloat((short) weight);
    }

    private void addDense(float[] scores, int offset) {
        for (int c = 0; c < classes; c++) {
            scores[c] += Float.float16ToFloat(dense[offset + c]);
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
