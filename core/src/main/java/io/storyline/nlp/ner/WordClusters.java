package io.storyline.nlp.ner;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Word clusters learned from unlabelled news text: each word has a bit-string path in a binary cluster tree (as in
 * Brown clustering), and prefixes of the path at several lengths are features that generalise from seen names to
 * unseen ones used alike. Looked up by the exact word, else by its lower-cased form (the most frequent casing).
 */
public final class WordClusters {
    /** Word hash -> path as a heap index: a leading 1 bit followed by the path bits. */
    private final LongIntMap exact;
    private final LongIntMap lower;

    private WordClusters(LongIntMap exact, LongIntMap lower) {
        this.exact = exact;
        this.lower = lower;
    }

    public static WordClusters empty() {
        return new WordClusters(new LongIntMap(4), new LongIntMap(4));
    }

    /** Reads "path TAB word TAB count" lines (the format of Liang's Brown clustering), most frequent words first. */
    public static WordClusters readPaths(BufferedReader reader) throws IOException {
        LongIntMap exact = new LongIntMap(1 << 16), lower = new LongIntMap(1 << 16);
        String line;
        while ((line = reader.readLine()) != null) {
            String[] cols = line.split("\t");
            if (cols.length < 2 || cols[0].length() > 30) {
                continue;
            }
            int node = 1;
            for (int i = 0; i < cols[0].length(); i++) {
                node = (node << 1) | (cols[0].charAt(i) == '1' ? 1 : 0);
            }
            exact.put(Hashing.word(cols[1]), node);
            long lowerHash = Hashing.lower(cols[1]);
            if (lower.get(lowerHash, 0) == 0) {
                lower.put(lowerHash, node);
            }
        }
        return new WordClusters(exact, lower);
    }

    /** The path node of a word (0 when unknown). */
    public int node(long exactHash, long lowerHash) {
        int node = exact.get(exactHash, 0);
        return node != 0 ? node : lower.get(lowerHash, 0);
    }

    /** The ancestor of {@code node} at depth {@code length} (the node itself when shallower). */
    public static int prefix(int node, int length) {
        int depth = 31 - Integer.numberOfLeadingZeros(node);
        return depth <= length ? node : node >>> (depth - length);
    }

    public void write(DataOutputStream out) throws IOException {
        Gazetteer.writeMap(out, exact);
        Gazetteer.writeMap(out, lower);
    }

    public static WordClusters read(DataInputStream in) throws IOException {
        LongIntMap exact = Gazetteer.readMap(in);
        return new WordClusters(exact, Gazetteer.readMap(in));
    }
}
