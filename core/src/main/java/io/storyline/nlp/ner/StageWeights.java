package io.storyline.nlp.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/** The weights of one tagging pass: per (feature, BILOU tag), plus tag bigrams, sentence start and end. */
final class StageWeights {
    private static final int T = Bilou.COUNT;
    private final LongIntMap index;
    private final float[] weights;
    private final float[] transitions;

    StageWeights(LongIntMap index, float[] weights, float[] transitions) {
        this.index = index;
        this.weights = weights;
        this.transitions = transitions;
    }

    /** Tags every sentence of the table into {@code tags}, reading the features the table offers. */
    void tag(TokenTable table, int[] tags) {
        int longest = 0;
        for (int i = 0; i < table.size; i = table.sentenceEnd[i]) {
            longest = Math.max(longest, table.sentenceEnd[i] - i);
        }
        float[] emission = new float[longest * T];
        float[] score = new float[longest * T];
        int[] back = new int[longest * T];
        int[] out = new int[longest];
        long[] features = new long[NerFeatures.MAX];
        for (int from = 0; from < table.size; from = table.sentenceEnd[from]) {
            int length = table.sentenceEnd[from] - from;
            Arrays.fill(emission, 0, length * T, 0f);
            for (int k = 0; k < length; k++) {
                int count = NerFeatures.extract(table, from + k, features);
                int row = k * T;
                for (int f = 0; f < count; f++) {
                    int id = index.get(features[f], -1);
                    if (id < 0) {
                        continue;
                    }
                    int base = id * T;
                    for (int tag = 0; tag < T; tag++) {
                        emission[row + tag] += weights[base + tag];
                    }
                }
            }
            Viterbi.decode(emission, length, transitions, score, back, out);
            System.arraycopy(out, 0, tags, from, length);
        }
    }

    /** Writes the weights, dropping those whose magnitude is below {@code minWeight}. */
    void write(DataOutputStream out, float minWeight) throws IOException {
        long[] keys = new long[index.size()];
        int[] ids = new int[index.size()];
        int[] n = {0};
        index.forEach((k, v) -> {
            keys[n[0]] = k;
            ids[n[0]++] = v;
        });
        int kept = 0;
        int[] masks = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            int mask = 0;
            for (int tag = 0; tag < T; tag++) {
                if (Math.abs(weights[ids[i] * T + tag]) >= minWeight) {
                    mask |= 1 << tag;
                }
            }
            masks[i] = mask;
            if (mask != 0) {
                kept++;
            }
        }
        out.writeInt(kept);
        for (int i = 0; i < keys.length; i++) {
            if (masks[i] == 0) {
                continue;
            }
            out.writeLong(keys[i]);
            out.writeByte(masks[i] >>> 16);
            out.writeShort(masks[i] & 0xFFFF);
            for (int tag = 0; tag < T; tag++) {
                if ((masks[i] & (1 << tag)) != 0) {
                    out.writeShort(Float.floatToFloat16(weights[ids[i] * T + tag]));
                }
            }
        }
        for (float v : transitions) {
            out.writeFloat(v);
        }
    }

    static StageWeights read(DataInputStream in) throws IOException {
        int count = in.readInt();
        LongIntMap index = new LongIntMap(count);
        float[] weights = new float[count * T];
        for (int i = 0; i < count; i++) {
            index.put(in.readLong(), i);
            int mask = (in.readUnsignedByte() << 16) | in.readUnsignedShort();
            for (int tag = 0; tag < T; tag++) {
                if ((mask & (1 << tag)) != 0) {
                    weights[i * T + tag] = Float.float16ToFloat(in.readShort());
                }
            }
        }
        float[] transitions = new float[T * T + 2 * T];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = in.readFloat();
        }
        return new StageWeights(index, weights, transitions);
    }
}
