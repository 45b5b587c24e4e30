package io.storyline.nlp.ner;

/**
 * Open-addressing map from 64-bit feature / word hashes to ints. Hand-written because the tagger's hot loop looks up
 * tens of features per token and boxing {@code HashMap<Long,Integer>} would allocate on every lookup; the project
 * has no primitive-collections library and this is the only structure it needs.
 */
final class LongIntMap {
    private static final long EMPTY = 0L;
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;
    private boolean hasZeroKey;
    private int zeroValue;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    int size() {
        return size + (hasZeroKey ? 1 : 0);
    }

    /** The value of {@code key}, or {@code missing}. */
    int get(long key, int missing) {
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

    void put(long key, int value) {
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
    int add(long key, int delta) {
        int v = get(key, 0) + delta;
        put(key, v);
        return v;
    }

    /** Ors {@code bits} into the value of {@code key}. */
    void or(long key, int bits) {
        put(key, get(key, 0) | bits);
    }

    /** Calls {@code visitor} for every entry. */
    void forEach(Visitor visitor) {
        if (hasZeroKey) {
            visitor.visit(EMPTY, zeroValue);
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit(keys[i], values[i]);
            }
        }
    }

    interface Visitor {
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
