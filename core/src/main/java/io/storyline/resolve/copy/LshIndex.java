package io.storyline.resolve.copy;

import java.util.Arrays;

/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into {@code bands} bands of
 * {@code rows} values, and two documents become a candidate pair when any band is identical. A pair with Jaccard
 * similarity J is found with probability 1 - (1 - J^rows)^bands, so near copies are found and unrelated texts are
 * almost never compared; no all-pairs step anywhere.
 *
 * <p>Hand-written for memory: every band is an open-addressing table of int keys to the head of an int-linked
 * bucket list, and signatures live in one int array, so a million documents cost a few hundred megabytes
 * instead of the gigabytes that boxed maps would take. Documents can be added at any time. Not thread-safe.
 */
public final class LshIndex {
    private final int bands;
    private final int rows;
    private final int signatureSize;
    private final int maxBucketWalk;
    private int[] signatures;
    private int[] slotDocs;
    private int slots;
    private final int[][] keys;
    private final int[][] heads;
    private final int[] used;
    private final int[][] next;
    private final SlotSet seen = new SlotSet();

    /**
     * @param maxBucketWalk how many entries of one bucket are read per query: buckets of boilerplate-only texts
     *                      can grow without bound, and a capped walk keeps a query's cost bounded
     */
    public LshIndex(int bands, int rows, int maxBucketWalk) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be positive");
        }
        this.bands = bands;
        this.rows = rows;
        this.signatureSize = bands * rows;
        this.maxBucketWalk = maxBucketWalk;
        this.signatures = new int[signatureSize * 1024];
        this.slotDocs = new int[1024];
        this.keys = new int[bands][];
        this.heads = new int[bands][];
        this.used = new int[bands];
        this.next = new int[bands][];
        for (int b = 0; b < bands; b++) {
            keys[b] = new int[2048];
            heads[b] = new int[2048];
            next[b] = new int[1024];
        }
    }

    public int signatureSize() {
        return signatureSize;
    }

    public int size() {
        return slots;
    }

    /** A copy of the signature in a slot (slots are numbered in order of {@link #add}, from 0). */
    public int[] signature(int slot) {
        if (slot < 0 || slot >= slots) {
            throw new IndexOutOfBoundsException("no slot " + slot + " of " + slots);
        }
        return Arrays.copyOfRange(signatures, slot * signatureSize, (slot + 1) * signatureSize);
    }

    /** Adds the signature of document {@code doc} (any int the caller uses to name it). */
    public void add(int doc, int[] signature) {
        checkSize(signature);
        if (slots == slotDocs.length) {
            grow();
        }
        int slot = slots++;
        slotDocs[slot] = doc;
        System.arraycopy(signature, 0, signatures, slot * signatureSize, signatureSize);
        for (int b = 0; b < bands; b++) {
            if (used[b] * 2 >= keys[b].length) {
                rehash(b);
            }
            int key = bandKey(signature, b);
            int at = find(keys[b], key);
            if (keys[b][at] == 0) {
                keys[b][at] = key;
                used[b]++;
            }
            next[b][slot] = heads[b][at];
            heads[b][at] = slot + 1;
        }
    }

    /**
     * The documents that share at least one band with {@code signature} and whose signatures agree on at least
     * {@code minAgreement} of their positions, best first.
     */
    public Candidates candidates(int[] signature, double minAgreement) {
        checkSize(signature);
        seen.clear();
        for (int b = 0; b < bands; b++) {
            int at = find(keys[b], bandKey(signature, b));
            if (keys[b][at] == 0) {
                continue;
            }
            int walked = 0;
            for (int s = heads[b][at]; s != 0 && walked < maxBucketWalk; s = next[b][s - 1], walked++) {
                seen.add(s - 1);
            }
        }
        int[] docs = new int[seen.size()];
        double[] agreements = new double[seen.size()];
        int n = 0;
        for (int i = 0; i < seen.size(); i++) {
            int slot = seen.get(i);
            double agreement = MinHashSignature.agreement(signature, 0, signatures, slot * signatureSize, signatureSize);
            if (agreement >= minAgreement) {
                docs[n] = slotDocs[slot];
                agreements[n] = agreement;
                n++;
            }
        }
        return Candidates.sorted(Arrays.copyOf(docs, n), Arrays.copyOf(agreements, n));
    }

    /** Bytes held by the index's arrays (an estimate of its heap use). */
    public long footprintBytes() {
        long bytes = 4L * signatures.length + 4L * slotDocs.length;
        for (int b = 0; b < bands; b++) {
            bytes += 4L * (keys[b].length + heads[b].length + next[b].length);
        }
        return bytes;
    }

    private int bandKey(int[] signature, int band) {
        return bandKey(signature, band, rows);
    }

    /**
     * The key of one band of a signature: documents whose keys agree in some band are candidates. Public so that a
     * distributed run groups documents by the very keys this index buckets them by (collisions included).
     */
    public static int bandKey(int[] signature, int band, int rows) {
        long h = 0x9E3779B97F4A7C15L * (band + 1);
        for (int r = 0; r < rows; r++) {
            h = WordShingles.mix(h + signature[band * rows + r]);
        }
        int key = (int) (h ^ (h >>> 32));
        return key == 0 ? 1 : key;
    }

    private static int find(int[] table, int key) {
        int mask = table.length - 1;
        int at = (key * 0x9E3779B9) & mask;
        while (table[at] != 0 && table[at] != key) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void rehash(int band) {
        int[] oldKeys = keys[band];
        int[] oldHeads = heads[band];
        int[] newKeys = new int[oldKeys.length * 2];
        int[] newHeads = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int at = find(newKeys, oldKeys[i]);
                newKeys[at] = oldKeys[i];
                newHeads[at] = oldHeads[i];
            }
        }
        keys[band] = newKeys;
        heads[band] = newHeads;
    }

    private void grow() {
        int capacity = slotDocs.length + (slotDocs.length >> 1);
        slotDocs = Arrays.copyOf(slotDocs, capacity);
        signatures = Arrays.copyOf(signatures, capacity * signatureSize);
        for (int b = 0; b < bands; b++) {
            next[b] = Arrays.copyOf(next[b], capacity);
        }
    }

    private void checkSize(int[] signature) {
        if (signature.length != signatureSize) {
            throw new IllegalArgumentException("signature has " + signature.length + " values, index wants " + signatureSize);
        }
    }

    /** Candidate documents and the signature agreement with the query, best first. */
    public record Candidates(int[] docs, double[] agreements) {
        static Candidates sorted(int[] docs, double[] agreements) {
            Integer[] order = new Integer[docs.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Double.compare(agreements[y], agreements[x]));
            int[] d = new int[docs.length];
            double[] a = new double[docs.length];
            for (int i = 0; i < order.length; i++) {
                d[i] = docs[order[i]];
                a[i] = agreements[order[i]];
            }
            return new Candidates(d, a);
        }

        public int size() {
            return docs.length;
        }
    }

    /** A reusable set of slot numbers that remembers insertion order. */
    private static final class SlotSet {
        private int[] table = new int[256];
        private int[] order = new int[128];
        private int size;

        void clear() {
            if (size > 0) {
                Arrays.fill(table, 0);
                size = 0;
            }
        }

        void add(int slot) {
            if (size * 2 >= table.length) {
                int[] old = Arrays.copyOf(order, size);
                table = new int[table.length * 2];
                size = 0;
                for (int s : old) {
                    insert(s);
                }
            }
            insert(slot);
        }

        private void insert(int slot) {
            int mask = table.length - 1;
            int at = ((slot + 1) * 0x9E3779B9) & mask;
            while (table[at] != 0) {
                if (table[at] == slot + 1) {
                    return;
                }
                at = (at + 1) & mask;
            }
            table[at] = slot + 1;
            if (size == order.length) {
                order = Arrays.copyOf(order, size * 2);
            }
            order[size++] = slot;
        }

        int size() {
            return size;
        }

        int get(int i) {
            return order[i];
        }
    }
}
