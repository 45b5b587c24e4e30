package io.storyline.nlp.parse;

import io.storyline.nlp.ner.Hashing;
import io.storyline.nlp.ner.WordClusters;

/**
 * The features of a parser configuration: the rich non-local templates of Zhang and Nivre (2011) — words and tags of
 * the stack's top items and the buffer's front, their pairs and triples, distance, valency, the words, tags and
 * labels of the leftmost and rightmost dependents found so far and the label sets — mapped onto the arc-hybrid
 * system (the second stack item is the head RIGHT would give, so it takes the part of the arc-eager head), plus
 * word clusters, which generalise over words seen rarely in a small treebank.
 */
final class ParserFeatures {
    static final int MAX = 112;
    private final int n;
    private final long[] word;
    private final long[] tag;
    private final long[] cluster;
    private final long[] fullCluster;

    /** Attributes of words 0..n-1, the root (n) and "no word" (n+1). */
    ParserFeatures(Words words, int[] tags) {
        n = words.size;
        word = new long[n + 2];
        tag = new long[n + 2];
        cluster = new long[n + 2];
        fullCluster = new long[n + 2];
        for (int i = 0; i < n; i++) {
            word[i] = words.lower[i];
            tag[i] = tags[i] + 1;
            cluster[i] = WordClusters.prefix(words.cluster[i], 6);
            fullCluster[i] = words.cluster[i];
        }
        word[n] = 3;
        tag[n] = 40;
        cluster[n] = -3;
        fullCluster[n] = -3;
        word[n + 1] = 5;
        tag[n + 1] = 50;
        cluster[n + 1] = -5;
        fullCluster[n + 1] = -5;
    }

    private int at(int i) {
        return i < 0 ? n + 1 : i;
    }

    private static long label(ArcHybrid c, int i) {
        return i < 0 ? -1 : c.labels[i];
    }

    private static long distance(int a, int b) {
        if (a < 0 || b < 0) {
            return -1;
        }
        int d = Math.abs(b - a);
        return d <= 4 ? d : d <= 7 ? 5 : d <= 10 ? 6 : 7;
    }

    private static long valency(int count) {
        return Math.min(count, 5);
    }

    /** Writes the features of configuration {@code c} into {@code out}; returns how many. */
    int extract(ArcHybrid c, long[] out) {
        int s0 = c.s(0), s1 = c.s(1), s2 = c.s(2);
        int b0 = c.front;
        int b1 = b0 + 1 < n ? b0 + 1 : b0 + 1 == n ? n : -1;
        int b2 = b1 >= 0 && b1 < n ? (b1 + 1 < n ? b1 + 1 : n) : -1;
        int s0l1 = s0 < 0 ? -1 : c.left1[s0], s0l2 = s0 < 0 ? -1 : c.left2[s0];
        int s0r1 = s0 < 0 ? -1 : c.right1[s0], s0r2 = s0 < 0 ? -1 : c.right2[s0];
        int b0l1 = c.left1[b0], b0l2 = c.left2[b0];
        int s1l1 = s1 < 0 ? -1 : c.left1[s1];
        int s1r1 = s1 < 0 ? -1 : c.right1[s1], s1r2 = s1 < 0 ? -1 : c.right2[s1];

        long s0w = word[at(s0)], s0p = tag[at(s0)], s1w = word[at(s1)], s1p = tag[at(s1)];
        long s2w = word[at(s2)], s2p = tag[at(s2)];
        long b0w = word[b0], b0p = tag[b0], b1w = word[at(b1)], b1p = tag[at(b1)], b2w = word[at(b2)], b2p = tag[at(b2)];
        long s0wp = s0w * 61 + s0p, s1wp = s1w * 61 + s1p, b0wp = b0w * 61 + b0p, b1wp = b1w * 61 + b1p;
        long s0l1p = tag[at(s0l1)], s0r1p = tag[at(s0r1)], b0l1p = tag[at(b0l1)], s1r1p = tag[at(s1r1)];
        long s0l2p = tag[at(s0l2)], s0r2p = tag[at(s0r2)], b0l2p = tag[at(b0l2)], s1r2p = tag[at(s1r2)];
        long d0 = distance(s0, b0), d1 = distance(s1, s0);
        int k = 0;
        out[k++] = Hashing.feature(1, s0w);
        out[k++] = Hashing.feature(2, s0p);
        out[k++] = Hashing.feature(3, s0wp);
        out[k++] = Hashing.feature(4, s1w);
        out[k++] = Hashing.feature(5, s1p);
        out[k++] = Hashing.feature(6, s1wp);
        out[k++] = Hashing.feature(7, s2w);
        out[k++] = Hashing.feature(8, s2p);
        out[k++] = Hashing.feature(9, b0w);
        out[k++] = Hashing.feature(10, b0p);
        out[k++] = Hashing.feature(11, b0wp);
        out[k++] = Hashing.feature(12, b1w);
        out[k++] = Hashing.feature(13, b1p);
        out[k++] = Hashing.feature(14, b1wp);
        out[k++] = Hashing.feature(15, b2w);
        out[k++] = Hashing.feature(16, b2p);
        // pairs
        out[k++] = Hashing.feature(17, s0wp, b0wp);
        out[k++] = Hashing.feature(18, s0wp, b0w);
        out[k++] = Hashing.feature(19, s0w, b0wp);
        out[k++] = Hashing.feature(20, s0wp, b0p);
        out[k++] = Hashing.feature(21, s0p, b0wp);
        out[k++] = Hashing.feature(22, s0w, b0w);
        out[k++] = Hashing.feature(23, s0p, b0p);
        out[k++] = Hashing.feature(24, b0p, b1p);
        out[k++] = Hashing.feature(25, s1wp, s0wp);
        out[k++] = Hashing.feature(26, s1w, s0w);
        out[k++] = Hashing.feature(27, s1p, s0p);
        out[k++] = Hashing.feature(28, s1p, s0wp);
        out[k++] = Hashing.feature(29, s1wp, s0p);
        out[k++] = Hashing.feature(30, s1w, b0w);
        out[k++] = Hashing.feature(31, s1p, b0p);
        // triples
        out[k++] = Hashing.feature(32, b0p, b1p, b2p);
        out[k++] = Hashing.feature(33, s0p, b0p, b1p);
        out[k++] = Hashing.feature(34, s1p, s0p, b0p);
        out[k++] = Hashing.feature(35, s2p, s1p, s0p);
        out[k++] = Hashing.feature(36, s0p, s0l1p, b0p);
        out[k++] = Hashing.feature(37, s0p, s0r1p, b0p);
        out[k++] = Hashing.feature(38, s0p, b0p, b0l1p);
        out[k++] = Hashing.feature(39, s1p, s1r1p, s0p);
        out[k++] = Hashing.feature(40, s1p, s0p, s0l1p);
        out[k++] = Hashing.feature(41, s1p, s0p, s0r1p);
        // distance
        out[k++] = Hashing.feature(42, s0w, d0);
        out[k++] = Hashing.feature(43, s0p, d0);
        out[k++] = Hashing.feature(44, b0w, d0);
        out[k++] = Hashing.feature(45, b0p, d0);
        out[k++] = Hashing.feature(46, s0w, b0w, d0);
        out[k++] = Hashing.feature(47, s0p, b0p, d0);
        out[k++] = Hashing.feature(48, s1p, s0p, d1);
        out[k++] = Hashing.feature(49, s1w, s0w, d1);
        out[k++] = Hashing.feature(50, s1p, s0w, d1);
        out[k++] = Hashing.feature(51, s1w, s0p, d1);
        // valency
        long s0vr = s0 < 0 ? -1 : valency(c.rightCount[s0]), s0vl = s0 < 0 ? -1 : valency(c.leftCount[s0]);
        long b0vl = valency(c.leftCount[b0]);
        long s1vr = s1 < 0 ? -1 : valency(c.rightCount[s1]), s1vl = s1 < 0 ? -1 : valency(c.leftCount[s1]);
        out[k++] = Hashing.feature(52, s0w, s0vr);
        out[k++] = Hashing.feature(53, s0p, s0vr);
        out[k++] = Hashing.feature(54, s0w, s0vl);
        out[k++] = Hashing.feature(55, s0p, s0vl);
        out[k++] = Hashing.feature(56, b0w, b0vl);
        out[k++] = Hashing.feature(57, b0p, b0vl);
        out[k++] = Hashing.feature(58, s1w, s1vr);
        out[k++] = Hashing.feature(59, s1p, s1vr);
        out[k++] = Hashing.feature(60, s1p, s1vl);
        // dependents found so far
        out[k++] = Hashing.feature(61, word[at(s0l1)]);
        out[k++] = Hashing.feature(62, s0l1p);
        out[k++] = Hashing.feature(63, label(c, s0l1));
        out[k++] = Hashing.feature(64, word[at(s0r1)]);
        out[k++] = Hashing.feature(65, s0r1p);
        out[k++] = Hashing.feature(66, label(c, s0r1));
        out[k++] = Hashing.feature(67, word[at(b0l1)]);
        out[k++] = Hashing.feature(68, b0l1p);
        out[k++] = Hashing.feature(69, label(c, b0l1));
        out[k++] = Hashing.feature(70, word[at(s1r1)]);
        out[k++] = Hashing.feature(71, s1r1p);
        out[k++] = Hashing.feature(72, label(c, s1r1));
        out[k++] = Hashing.feature(73, tag[at(s1l1)]);
        out[k++] = Hashing.feature(74, label(c, s1l1));
        out[k++] = Hashing.feature(75, word[at(s0l2)]);
        out[k++] = Hashing.feature(76, s0l2p);
        out[k++] = Hashing.feature(77, label(c, s0l2));
        out[k++] = Hashing.feature(78, word[at(s0r2)]);
        out[k++] = Hashing.feature(79, s0r2p);
        out[k++] = Hashing.feature(80, label(c, s0r2));
        out[k++] = Hashing.feature(81, word[at(b0l2)]);
        out[k++] = Hashing.feature(82, b0l2p);
        out[k++] = Hashing.feature(83, label(c, b0l2));
        out[k++] = Hashing.feature(84, s1r2p);
        out[k++] = Hashing.feature(85, label(c, s1r2));
        out[k++] = Hashing.feature(86, s0p, s0l1p, s0l2p);
        out[k++] = Hashing.feature(87, s0p, s0r1p, s0r2p);
        out[k++] = Hashing.feature(88, b0p, b0l1p, b0l2p);
        out[k++] = Hashing.feature(89, s1p, s1r1p, s1r2p);
        // label sets
        long s0sr = s0 < 0 ? -1 : c.rightLabels[s0], s0sl = s0 < 0 ? -1 : c.leftLabels[s0];
        long b0sl = c.leftLabels[b0];
        long s1sr = s1 < 0 ? -1 : c.rightLabels[s1], s1sl = s1 < 0 ? -1 : c.leftLabels[s1];
        out[k++] = Hashing.feature(90, s0w, s0sr);
        out[k++] = Hashing.feature(91, s0p, s0sr);
        out[k++] = Hashing.feature(92, s0w, s0sl);
        out[k++] = Hashing.feature(93, s0p, s0sl);
        out[k++] = Hashing.feature(94, b0w, b0sl);
        out[k++] = Hashing.feature(95, b0p, b0sl);
        out[k++] = Hashing.feature(96, s1p, s1sr);
        out[k++] = Hashing.feature(97, s1p, s1sl);
        // word clusters
        long s0c = cluster[at(s0)], s1c = cluster[at(s1)], b0c = cluster[b0], b1c = cluster[at(b1)];
        out[k++] = Hashing.feature(98, s0c);
        out[k++] = Hashing.feature(99, b0c);
        out[k++] = Hashing.feature(100, s1c);
        out[k++] = Hashing.feature(101, b1c);
        out[k++] = Hashing.feature(102, s0c, b0c);
        out[k++] = Hashing.feature(103, s1c, s0c);
        out[k++] = Hashing.feature(104, s0c, b0p);
        out[k++] = Hashing.feature(105, s0p, b0c);
        out[k++] = Hashing.feature(106, s1c, s0p);
        out[k++] = Hashing.feature(107, s1p, s0c);
        out[k++] = Hashing.feature(108, fullCluster[at(s0)]);
        out[k++] = Hashing.feature(109, fullCluster[b0]);
        out[k++] = Hashing.feature(110, s0p, label(c, s0l1), label(c, s0r1));
        out[k++] = Hashing.feature(111, s0p, b0p, label(c, b0l1));
        return k;
    }
}
