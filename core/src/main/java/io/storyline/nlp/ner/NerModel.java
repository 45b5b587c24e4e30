package io.storyline.nlp.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained tagger: weights per (feature, BILOU tag), tag-bigram weights, and the gazetteer and word clusters its
 * features read. Immutable after construction, so one instance serves any number of threads.
 * Stored gzipped, each feature with a bit mask of its non-zero tags and half-precision weights, which keeps the file
 * a few MB.
 */
final class NerModel {
    private static final int MAGIC = 0x534C4E31; // "SLN1"
    private static final int T = Bilou.COUNT;
    private final LongIntMap index;
    private final float[] weights;
    private final float[] transitions;
    final Gazetteer gazetteer;
    final WordClusters clusters;

    NerModel(LongIntMap index, float[] weights, float[] transitions, Gazetteer gazetteer, WordClusters clusters) {
        this.index = index;
        this.weights = weights;
        this.transitions = transitions;
        this.gazetteer = gazetteer;
        this.clusters = clusters;
    }

    int featureCount() {
        return index.size();
    }

    /** BILOU tags of every token of a document given as sentences of words, flat in document order. */
    int[] tag(CharSequence[][] sentences) {
        TokenTable table = new TokenTable(sentences, gazetteer, clusters);
        int[] tags = new int[table.size];
        int longest = 0;
        for (CharSequence[] s : sentences) {
            longest = Math.max(longest, s.length);
        }
        float[] emission = new float[longest * T];
        float[] score = new float[longest * T];
        int[] back = new int[longest * T];
        int[] out = new int[longest];
        long[] features = new long[NerFeatures.MAX];
        int offset = 0;
        for (CharSequence[] s : sentences) {
            Arrays.fill(emission, 0, s.length * T, 0f);
            for (int k = 0; k < s.length; k++) {
                int count = NerFeatures.extract(table, offset + k, features);
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
            Viterbi.decode(emission, s.length, transitions, score, back, out);
            System.arraycopy(out, 0, tags, offset, s.length);
            offset += s.length;
        }
        return tags;
    }

    /** Writes the model, dropping weights whose magnitude is below {@code minWeight}. */
    void write(OutputStream raw, float minWeight) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16)))) {
            out.writeInt(MAGIC);
            out.writeInt(T);
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
            gazetteer.write(out);
            clusters.write(out);
        }
    }

    static NerModel read(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != T) {
                throw new IOException("not a Storyline NER model of this version");
            }
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
            Gazetteer gazetteer = Gazetteer.read(in);
            WordClusters clusters = WordClusters.read(in);
            return new NerModel(index, weights, transitions, gazetteer, clusters);
        }
    }
}
