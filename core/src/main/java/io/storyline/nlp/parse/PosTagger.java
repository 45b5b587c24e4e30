package io.storyline.nlp.parse;

import io.storyline.nlp.UniversalPos;
import io.storyline.nlp.ner.Hashing;
import io.storyline.nlp.ner.LongIntMap;
import io.storyline.nlp.ner.WordClusters;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Universal part-of-speech tags, greedy left to right: an averaged perceptron over the word, its affixes, shape and
 * cluster, its neighbours and the two tags just chosen (Collins 2002; the features of Honnibal's "A good
 * part-of-speech tagger in about 200 lines of Python"), plus a dictionary of frequent words that always had one tag.
 * Immutable, so thread-safe.
 */
final class PosTagger {
    static final int TAGS = UniversalPos.values().length;
    static final int MAX_FEATURES = 40;
    private static final UniversalPos[] POS = UniversalPos.values();
    private final SparseWeights weights;
    /** Lower-cased form hash -> tag + 1 of words that always had that tag. */
    private final LongIntMap dictionary;

    PosTagger(SparseWeights weights, LongIntMap dictionary) {
        this.weights = weights;
        this.dictionary = dictionary;
    }

    /** Tag ordinals ({@link UniversalPos#ordinal()}) of the words. */
    int[] tag(Words words) {
        int[] tags = new int[words.size];
        long[] features = new long[MAX_FEATURES];
        float[] scores = new float[TAGS];
        for (int i = 0; i < words.size; i++) {
            int known = dictionary.get(words.exact[i], 0);
            if (known > 0) {
                tags[i] = known - 1;
                continue;
            }
            int n = features(words, i, tags, features);
            java.util.Arrays.fill(scores, 0f);
            weights.score(features, n, scores);
            tags[i] = argmax(scores);
        }
        return tags;
    }

    static UniversalPos pos(int tag) {
        return POS[tag];
    }

    static int argmax(float[] scores) {
        int best = 0;
        for (int c = 1; c < scores.length; c++) {
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        return best;
    }

    /** Features of word {@code i}, reading the tags already chosen before it; returns how many. */
    static int features(Words w, int i, int[] tags, long[] out) {
        int n = 0;
        long p1 = i > 0 ? tags[i - 1] + 1 : 0;
        long p2 = i > 1 ? tags[i - 2] + 1 : 0;
        long prev = i > 0 ? w.lower[i - 1] : 1;
        long prev2 = i > 1 ? w.lower[i - 2] : 1;
        long next = i + 1 < w.size ? w.lower[i + 1] : 2;
        long next2 = i + 2 < w.size ? w.lower[i + 2] : 2;
        long cluster = w.cluster[i];
        out[n++] = Hashing.feature(1, 0);
        out[n++] = Hashing.feature(2, w.lower[i]);
        out[n++] = Hashing.feature(3, w.exact[i]);
        for (int a = 0; a < Words.AFFIXES; a++) {
            out[n++] = Hashing.feature(4 + a, w.suffix[a][i]);
        }
        for (int a = 0; a < Words.AFFIXES - 1; a++) {
            out[n++] = Hashing.feature(8 + a, w.prefix[a][i]);
        }
        out[n++] = Hashing.feature(11, w.shape[i]);
        out[n++] = Hashing.feature(12, p1);
        out[n++] = Hashing.feature(13, p2);
        out[n++] = Hashing.feature(14, p1, p2);
        out[n++] = Hashing.feature(15, p1, w.lower[i]);
        out[n++] = Hashing.feature(16, prev);
        out[n++] = Hashing.feature(17, i > 0 ? w.suffix[2][i - 1] : 1);
        out[n++] = Hashing.feature(18, prev2);
        out[n++] = Hashing.feature(19, next);
        out[n++] = Hashing.feature(20, i + 1 < w.size ? w.suffix[2][i + 1] : 2);
        out[n++] = Hashing.feature(21, next2);
        out[n++] = Hashing.feature(22, WordClusters.prefix((int) cluster, 4));
        out[n++] = Hashing.feature(23, WordClusters.prefix((int) cluster, 6));
        out[n++] = Hashing.feature(24, WordClusters.prefix((int) cluster, 10));
        out[n++] = Hashing.feature(25, cluster);
        out[n++] = Hashing.feature(26, i + 1 < w.size ? WordClusters.prefix(w.cluster[i + 1], 6) : -2);
        out[n++] = Hashing.feature(27, i > 0 ? WordClusters.prefix(w.cluster[i - 1], 6) : -1);
        out[n++] = Hashing.feature(28, prev, w.lower[i]);
        out[n++] = Hashing.feature(29, w.lower[i], next);
        out[n++] = Hashing.feature(30, p1, w.suffix[2][i]);
        out[n++] = Hashing.feature(31, i == 0 ? 1 : 0, w.shape[i]);
        out[n++] = Hashing.feature(32, i + 1 < w.size ? w.shape[i + 1] : 2);
        out[n++] = Hashing.feature(33, i > 0 ? w.shape[i - 1] : 1);
        out[n++] = Hashing.feature(34, p1, next);
        out[n++] = Hashing.feature(35, i + 1 < w.size ? w.suffix[1][i + 1] : 2, w.suffix[2][i]);
        return n;
    }

    void write(DataOutputStream out) throws IOException {
        weights.write(out);
        dictionary.write(out);
    }

    static PosTagger read(DataInputStream in) throws IOException {
        SparseWeights weights = SparseWeights.read(in);
        return new PosTagger(weights, LongIntMap.read(in));
    }
}
