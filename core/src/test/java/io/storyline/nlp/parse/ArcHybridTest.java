package io.storyline.nlp.parse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArcHybridTest {
    private static final int ROOT_LABEL = 0;

    /** Follows a zero-cost transition at every step, as the dynamic oracle does without exploration. */
    private static ArcHybrid followOracle(int[] goldHeads, int[] goldLabels, int labelCount) {
        ArcHybrid c = new ArcHybrid(goldHeads.length);
        int[] costs = new int[ArcHybrid.classes(labelCount)];
        while (!c.terminal()) {
            c.costs(goldHeads, goldLabels, ROOT_LABEL, costs);
            int zero = -1;
            for (int t = 0; t < costs.length && zero < 0; t++) {
                if (costs[t] == 0) {
                    zero = t;
                }
            }
            assertTrue(zero >= 0, "a projective tree always leaves a zero-cost transition");
            c.apply(zero);
        }
        return c;
    }

    @Test
    void zeroCostTransitionsBuildTheGoldTreeOfAProjectiveSentence() {
        // "The minister apologized to Israel ." with the root (index 6) at the end of the buffer
        int[] heads = {1, 2, 6, 4, 2, 2};
        int[] labels = {1, 2, 0, 3, 4, 5};
        ArcHybrid c = followOracle(heads, labels, 6);
        for (int i = 0; i < heads.length; i++) {
            assertEquals(heads[i], c.heads[i], "head of word " + i);
            assertEquals(labels[i], c.labels[i], "label of word " + i);
        }
    }

    @Test
    void aWrongAttachmentCostsTheArcsItMakesUnreachable() {
        int[] heads = {1, 2, 6, 4, 2, 2};
        int[] labels = {1, 2, 0, 3, 4, 5};
        ArcHybrid c = new ArcHybrid(6);
        c.apply(ArcHybrid.SHIFT); // stack: The; buffer: minister …
        assertEquals(0, c.cost(ArcHybrid.left(1), heads, labels), "The ← minister, det");
        assertEquals(1, c.cost(ArcHybrid.left(3), heads, labels), "right head, wrong label");
        c.apply(ArcHybrid.SHIFT); // stack: The minister; buffer: apologized …
        assertEquals(1, c.cost(ArcHybrid.right(1), heads, labels), "minister → The loses The ← minister");
        assertEquals(1, c.cost(ArcHybrid.SHIFT, heads, labels), "shifting past The's head loses that arc");
    }

    @Test
    void onlyTheLastWordMayHangFromTheRootAndOnlyWithTheRootLabel() {
        ArcHybrid c = new ArcHybrid(2);
        c.apply(ArcHybrid.SHIFT);
        c.apply(ArcHybrid.SHIFT);
        assertFalse(c.valid(ArcHybrid.SHIFT, ROOT_LABEL));
        assertFalse(c.valid(ArcHybrid.left(ROOT_LABEL), ROOT_LABEL), "two words on the stack: not yet the root");
        assertFalse(c.valid(ArcHybrid.right(ROOT_LABEL), ROOT_LABEL));
        assertTrue(c.valid(ArcHybrid.right(1), ROOT_LABEL));
        c.apply(ArcHybrid.right(1));
        assertFalse(c.valid(ArcHybrid.left(1), ROOT_LABEL));
        assertTrue(c.valid(ArcHybrid.left(ROOT_LABEL), ROOT_LABEL));
        c.apply(ArcHybrid.left(ROOT_LABEL));
        assertTrue(c.terminal());
        assertArrayEquals(new int[]{2, 0}, new int[]{c.heads[0], c.heads[1]});
    }
}
