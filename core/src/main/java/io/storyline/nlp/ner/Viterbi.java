package io.storyline.nlp.ner;

/** Best legal BILOU sequence of one sentence under per-token scores and tag-bigram scores. */
final class Viterbi {
    private static final float IMPOSSIBLE = Float.NEGATIVE_INFINITY;
    private static final int T = Bilou.COUNT;

    private Viterbi() {
    }

    /**
     * @param emission    {@code emission[k*T + tag]} for tokens k in [0, length)
     * @param transitions {@code transitions[prev*T + tag]}, then T start scores, then T end scores
     * @param score       scratch of at least length*T; {@code back} the same
     * @param out         receives the tags
     */
    static void decode(float[] emission, int length, float[] transitions, float[] score, int[] back, int[] out) {
        if (length == 0) {
            return;
        }
        int startBase = T * T, endBase = T * T + T;
        for (int tag = 0; tag < T; tag++) {
            score[tag] = Bilou.canStart(tag) ? emission[tag] + transitions[startBase + tag] : IMPOSSIBLE;
        }
        for (int k = 1; k < length; k++) {
            int row = k * T, prevRow = row - T;
            for (int tag = 0; tag < T; tag++) {
                float best = IMPOSSIBLE;
                int arg = 0;
                for (int prev = 0; prev < T; prev++) {
                    if (!Bilou.isAllowed(prev, tag)) {
                        continue;
                    }
                    float s = score[prevRow + prev] + transitions[prev * T + tag];
                    if (s > best) {
                        best = s;
                        arg = prev;
                    }
                }
                score[row + tag] = best + emission[row + tag];
                back[row + tag] = arg;
            }
        }
        int lastRow = (length - 1) * T;
        float best = IMPOSSIBLE;
        int arg = 0;
        for (int tag = 0; tag < T; tag++) {
            if (!Bilou.canEnd(tag)) {
                continue;
            }
            float s = score[lastRow + tag] + transitions[endBase + tag];
            if (s > best) {
                best = s;
                arg = tag;
            }
        }
        out[length - 1] = arg;
        for (int k = length - 1; k > 0; k--) {
            out[k - 1] = back[k * T + out[k]];
        }
    }
}
