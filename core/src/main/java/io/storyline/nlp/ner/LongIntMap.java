package io.storyline.nlp.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Open-addressing map from 64-bit feature / word hashes to ints. Hand-written because the tagger's hot loop looks up
 * tens of features per token and boxing {@code HashMap<Long,Integer>} would allocate on every lookup; the project
 * has no primitive-collections library and this is the only structure it needs.
 */
public final class LongIntMap {
    private static final long EMPTY = 0L;
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;
    private boolean hasZeroKey;
    private int zeroValue;

    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    public int size() {
        return size + (hasZeroKey ? 1 : 0);
    }

    /** The value of {@code key}, or {@code missing}. */
    public int get(long key, int missing) {
        if (key == EMPTY) {
            return hasZeroKey ? zeroValue : missing;
        }
        int slot = slot(key);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == EMPTY) {
                return missing;
            }
            slot = (slot + 1) & mask;
        }
    }

    public void put(long key, int value) {
        if (key == EMPTY) {
            hasZeroKey = true;
            zeroValue = value;
            return;
        }
        int slot = slot(key);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        values[slot] = value;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    /** Adds {@code delta} to the value of {@code key} (0 when absent) and returns the new value. */
    public int add(long key, int delta) {
        int v = get(key, 0) + delta;
        put(key, v);
        return v;
    }

    /** Ors {@code bits} into the value of {@code key}. */
    public void or(long key, int bits) {
        put(key, get(key, 0) | bits);
    }

    /** Calls {@code visitor} for every entry. */
    public void forEach(Visitor visitor) {
        if (hasZeroKey) {
            visitor.visit(EMPTY, zeroValue);
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit(keys[i], values[i]);
            }
        }
    }

    /** Writes the entries: their count, then each key and value. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(size());
        IOException[] failure = new IOException[1];
        forEach((k, v) -> {
            try {
                out.writeLong(k);
                out.writeInt(v);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    public static LongIntMap read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("corrupt map: " + n + " entries");
        }
        LongIntMap map = new LongIntMap(n);
        for (int i = 0; i < n; i++) {
            long k = in.readLong();
            map.put(k, in.readInt());
        }
        return map;
    }

    public interface Visitor {
        void visit(long key, int value);
    }

    private int slot(long key) {
        return (int) (Hashing.mix(key) & mask);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
