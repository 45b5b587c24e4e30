package io.storyline.nlp.ner;

/**
 * The feature templates of the tagger: hashes of (template, values) for one token, written into a caller's
 * buffer so extraction allocates nothing. Window of ±2 words (plus a bag of the words 3-4 away), shapes,
 * prefixes/suffixes, capitalisation in context, cluster paths, gazetteer matches and document-wide evidence.
 */
final class NerFeatures {
    static final int MAX = 128;
    private static final long[] OUTSIDE = {0x51ED270B27D2C4AFL, 0x2545F4914F6CDD1DL, 0x8E2C38A0B2F8D3A1L, 0x3C6EF372FE94F82BL};
    private static final int[] CLUSTER_LENGTHS = {4, 6, 8, 10, 12, 20};

    private NerFeatures() {
    }

    /** Writes the features of token {@code i} into {@code out}; returns how many. */
    static int extract(TokenTable t, int i, long[] out) {
        int n = 0;
        int from = t.sentenceStart[i], to = t.sentenceEnd[i];
        long lowerM2 = i - 2 >= from ? t.lower[i - 2] : OUTSIDE[0];
        long lowerM1 = i - 1 >= from ? t.lower[i - 1] : OUTSIDE[1];
        long lowerP1 = i + 1 < to ? t.lower[i + 1] : OUTSIDE[2];
        long lowerP2 = i + 2 < to ? t.lower[i + 2] : OUTSIDE[3];
        long shapeM2 = i - 2 >= from ? t.shape[i - 2] : OUTSIDE[0];
        long shapeM1 = i - 1 >= from ? t.shape[i - 1] : OUTSIDE[1];
        long shapeP1 = i + 1 < to ? t.shape[i + 1] : OUTSIDE[2];
        long shapeP2 = i + 2 < to ? t.shape[i + 2] : OUTSIDE[3];
        long briefM1 = i - 1 >= from ? t.shortShape[i - 1] : OUTSIDE[1];
        long briefP1 = i + 1 < to ? t.shortShape[i + 1] : OUTSIDE[2];
        long brief = t.shortShape[i];
        int flags = t.flags[i];
        int headline = (flags & TokenTable.SENT_ALL_CAPS) != 0 ? 1 : 0;

        out[n++] = Hashing.feature(0, 0);
        out[n++] = Hashing.feature(1, t.exact[i]);
        out[n++] = Hashing.feature(2, t.lower[i]);
        out[n++] = Hashing.feature(3, lowerM1);
        out[n++] = Hashing.feature(4, lowerP1);
        out[n++] = Hashing.feature(5, lowerM2);
        out[n++] = Hashing.feature(6, lowerP2);
        out[n++] = Hashing.feature(7, lowerM1, t.lower[i]);
        out[n++] = Hashing.feature(8, t.lower[i], lowerP1);
        out[n++] = Hashing.feature(9, t.shape[i]);
        out[n++] = Hashing.feature(10, shapeM1);
        out[n++] = Hashing.feature(11, shapeP1);
        out[n++] = Hashing.feature(38, shapeM2);
        out[n++] = Hashing.feature(39, shapeP2);
        out[n++] = Hashing.feature(12, briefM1, brief, briefP1);
        out[n++] = Hashing.feature(13, shapeM1, t.shape[i]);
        out[n++] = Hashing.feature(14, t.shape[i], shapeP1);
        CharSequence w = t.words[i];
        int len = w.length();
        for (int k = 1; k <= 4 && k <= len; k++) {
            out[n++] = Hashing.feature(15, k, Hashing.chars(w, 0, k, false));
        }
        for (int k = 1; k <= 5 && k <= len; k++) {
            out[n++] = Hashing.feature(16, k, Hashing.chars(w, len - k, len, true));
        }
        out[n++] = Hashing.feature(17, flags & (TokenTable.SENT_INITIAL | TokenTable.SENT_ALL_CAPS), brief);
        if (headline != 0) {
            out[n++] = Hashing.feature(18, t.lower[i]);
        }
        int node = t.cluster[i];
        if (node == 0) {
            out[n++] = Hashing.feature(19, 0, brief);
        } else {
            for (int length : CLUSTER_LENGTHS) {
                out[n++] = Hashing.feature(19, WordClusters.prefix(node, length));
            }
            out[n++] = Hashing.feature(40, WordClusters.prefix(node, 8), brief);
        }
        if (i - 1 >= from) {
            out[n++] = Hashing.feature(20, WordClusters.prefix(t.cluster[i - 1], 6));
            out[n++] = Hashing.feature(20, WordClusters.prefix(t.cluster[i - 1], 20));
        }
        if (i + 1 < to) {
            out[n++] = Hashing.feature(21, WordClusters.prefix(t.cluster[i + 1], 6));
            out[n++] = Hashing.feature(21, WordClusters.prefix(t.cluster[i + 1], 20));
        }
        n = gazetteer(t.gazetteerCodes[i], 22, out, n);
        if (i - 1 >= from) {
            n = gazetteer(t.gazetteerCodes[i - 1], 23, out, n);
        }
        if (i + 1 < to) {
            n = gazetteer(t.gazetteerCodes[i + 1], 24, out, n);
        }
        out[n++] = Hashing.feature(25, t.gazetteerTokenTypes[i], brief);
        out[n++] = Hashing.feature(26, t.documentFlags[i], flags & (TokenTable.SENT_INITIAL | TokenTable.SENT_ALL_CAPS), brief);
        out[n++] = Hashing.feature(27, lowerM1, brief);
        out[n++] = Hashing.feature(28, brief, lowerP1);
        out[n++] = Hashing.feature(29, Math.min(to - from, 5), brief, headline);
        out[n++] = Hashing.feature(30, Math.min(len, 10), brief);
        for (int j = i - 4; j <= i - 3; j++) {
            if (j >= from) {
                out[n++] = Hashing.feature(32, t.lower[j]);
            }
        }
        for (int j = i + 3; j <= i + 4; j++) {
            if (j < to) {
                out[n++] = Hashing.feature(33, t.lower[j]);
            }
        }
        if (t.firstPass != null) {
            n = secondPass(t, i, from, to, out, n);
        }
        return n;
    }

    private static int secondPass(TokenTable t, int i, int from, int to, long[] out, int n) {
        int[] fp = t.firstPass;
        out[n++] = Hashing.feature(60, fp[i]);
        out[n++] = Hashing.feature(61, i - 1 >= from ? fp[i - 1] : -1, fp[i]);
        out[n++] = Hashing.feature(62, fp[i], i + 1 < to ? fp[i + 1] : -1);
        if (t.majorityClass[i] != 0) {
            out[n++] = Hashing.feature(63, t.otherClasses[i]);
            out[n++] = Hashing.feature(64, t.majorityClass[i]);
            out[n++] = Hashing.feature(65, t.majorityClass[i], fp[i]);
            out[n++] = Hashing.feature(66, t.previousClass[i]);
            int roles = t.entityRoles[i];
            while (roles != 0) {
                int role = Integer.numberOfTrailingZeros(roles);
                out[n++] = Hashing.feature(67, role);
                roles &= roles - 1;
            }
        }
        return n;
    }

    private static int gazetteer(int codes, int template, long[] out, int n) {
        if (codes == 0) {
            return n;
        }
        for (int type = 0; type < 4; type++) {
            int code = (codes >>> (3 * type)) & 7;
            if (code != 0) {
                out[n++] = Hashing.feature(template, type * 8 + code);
            }
        }
        return n;
    }
}
