package io.storyline.ingest;

/**
 * How much of a byte string is well-formed UTF-8: the multi-byte sequences that are valid and the bytes that are
 * not. A page with many valid sequences and a few invalid bytes is UTF-8 with damage, not another encoding.
 *
 * @param valid   well-formed multi-byte sequences
 * @param invalid bytes that start no well-formed sequence
 */
record Utf8Tally(long valid, long invalid) {

    static Utf8Tally of(byte[] bytes) {
        long valid = 0;
        long invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length > 0 && i + length <= bytes.length && continuations(bytes, i + 1, i + length)) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return new Utf8Tally(valid, invalid);
    }

    /** Mostly UTF-8: at least ten valid sequences for every invalid byte. */
    boolean mostlyValid() {
        return valid > 0 && valid >= invalid * 10;
    }

    private static boolean continuations(byte[] bytes, int from, int to) {
        for (int j = from; j < to; j++) {
            if ((bytes[j] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
