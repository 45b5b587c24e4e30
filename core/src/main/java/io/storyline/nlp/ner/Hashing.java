package io.storyline.nlp.ner;

/**
 * 64-bit hashes of words, word pieces and feature templates computed straight from the characters, so feature
 * extraction builds no strings. Collisions at 64 bits are negligible for a vocabulary of a few million features.
 */
public final class Hashing {
    private static final long SEED = 0x9E3779B97F4A7C15L;
    private static final long PRIME = 0x100000001B3L;

    private Hashing() {
    }

    public static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Hash of {@code s[from, to)}, lower-cased when {@code lower}. */
    public static long chars(CharSequence s, int from, int to, boolean lower) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (lower) {
                c = Character.toLowerCase(c);
            }
            h = (h ^ c) * PRIME;
        }
        return mix(h ^ (to - from));
    }

    public static long word(CharSequence s) {
        return chars(s, 0, s.length(), false);
    }

    public static long lower(CharSequence s) {
        return chars(s, 0, s.length(), true);
    }

    /** A feature: template id and one value. */
    public static long feature(int template, long value) {
        return mix(value * PRIME + template * SEED + 1);
    }

    /** A feature: template id and two values. */
    public static long feature(int template, long a, long b) {
        return mix(mix(a * PRIME + template * SEED + 2) ^ b);
    }

    /** A feature: template id and three values. */
    public static long feature(int template, long a, long b, long c) {
        return mix(mix(mix(a * PRIME + template * SEED + 3) ^ b) + c);
    }

    /** Extends a phrase hash by one token. */
    public static long extend(long phrase, long token) {
        return mix(phrase * PRIME ^ token) + 0x632BE59BD9B4E019L;
    }
}
