package io.storyline.nlp.ner;

import io.storyline.nlp.EntityType;

/**
 * The BILOU tag set the model predicts (17 tags: O plus Begin/Inside/Last/Unit of each type) and its legal
 * transitions. BILOU rather than BIO because marking the last and single-token positions lets the weights learn
 * where names end, which measurably helps CoNLL (Ratinov &amp; Roth 2009).
 */
final class Bilou {
    static final int O = 0;
    static final int B = 0, I = 1, L = 2, U = 3;
    static final int COUNT = 1 + EntityType.ALL.size() * 4;
    private static final boolean[][] ALLOWED = new boolean[COUNT][COUNT];
    private static final boolean[] CAN_START = new boolean[COUNT];
    private static final boolean[] CAN_END = new boolean[COUNT];

    static {
        for (int prev = 0; prev < COUNT; prev++) {
            for (int cur = 0; cur < COUNT; cur++) {
                ALLOWED[prev][cur] = allowed(prev, cur);
            }
            CAN_START[prev] = prev == O || position(prev) == B || position(prev) == U;
            CAN_END[prev] = prev == O || position(prev) == L || position(prev) == U;
        }
    }

    private Bilou() {
    }

    static int tag(EntityType type, int position) {
        return 1 + type.ordinal() * 4 + position;
    }

    /** B, I, L or U; undefined for O. */
    static int position(int tag) {
        return (tag - 1) % 4;
    }

    static EntityType type(int tag) {
        return tag == O ? null : EntityType.ALL.get((tag - 1) / 4);
    }

    static boolean allowed(int prev, int cur) {
        boolean prevOpen = prev != O && (position(prev) == B || position(prev) == I);
        if (prevOpen) {
            return cur != O && type(cur) == type(prev) && (position(cur) == I || position(cur) == L);
        }
        return cur == O || position(cur) == B || position(cur) == U;
    }

    static boolean isAllowed(int prev, int cur) {
        return ALLOWED[prev][cur];
    }

    static boolean canStart(int tag) {
        return CAN_START[tag];
    }

    static boolean canEnd(int tag) {
        return CAN_END[tag];
    }

    /** Writes the BILOU tags of spans into {@code tags[from, to)}; spans are [start, end) token offsets. */
    static void encode(int[] tags, int from, int to, int[] spanStarts, int[] spanEnds, EntityType[] spanTypes, int spans) {
        java.util.Arrays.fill(tags, from, to, O);
        for (int s = 0; s < spans; s++) {
            int a = spanStarts[s], b = spanEnds[s];
            if (b - a == 1) {
                tags[a] = tag(spanTypes[s], U);
            } else {
                tags[a] = tag(spanTypes[s], B);
                for (int k = a + 1; k < b - 1; k++) {
                    tags[k] = tag(spanTypes[s], I);
                }
                tags[b - 1] = tag(spanTypes[s], L);
            }
        }
    }

    /** The IOB2 label ("B-PER", "I-LOC", "O") of a legal BILOU sequence position. */
    static String iob2(int tag) {
        if (tag == O) {
            return "O";
        }
        int p = position(tag);
        return (p == B || p == U ? "B-" : "I-") + type(tag).name();
    }
}
