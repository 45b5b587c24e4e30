package io.storyline.nlp.parse;

/**
 * A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) with the root
 * at the end of the buffer (Ballesteros and Nivre 2013), so the root word is chosen last, when the rest is built:
 * SHIFT moves the buffer's front onto the stack, LEFT-l makes the front the head of the stack's top and pops it,
 * RIGHT-l makes the second item of the stack the head of the top and pops it. Words are 0..n-1, the root is n.
 * Also the exact cost of each transition against a gold tree (Goldberg and Nivre 2013): how many gold arcs it makes
 * unreachable, which is what training with a dynamic oracle needs.
 */
final class ArcHybrid {
    static final int SHIFT = 0;
    final int n;
    final int[] stack;
    int depth;
    int front;
    final int[] heads;
    final int[] labels;
    final int[] left1, left2, right1, right2;
    final int[] leftCount, rightCount;
    final long[] leftLabels, rightLabels;
    private final boolean[] onStack;

    ArcHybrid(int n) {
        this.n = n;
        stack = new int[n + 1];
        heads = new int[n + 1];
        labels = new int[n + 1];
        left1 = new int[n + 1];
        left2 = new int[n + 1];
        right1 = new int[n + 1];
        right2 = new int[n + 1];
        leftCount = new int[n + 1];
        rightCount = new int[n + 1];
        leftLabels = new long[n + 1];
        rightLabels = new long[n + 1];
        onStack = new boolean[n + 1];
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(labels, -1);
        java.util.Arrays.fill(left1, -1);
        java.util.Arrays.fill(left2, -1);
        java.util.Arrays.fill(right1, -1);
        java.util.Arrays.fill(right2, -1);
    }

    static int left(int label) {
        return 1 + 2 * label;
    }

    static int right(int label) {
        return 2 + 2 * label;
    }

    static int classes(int labelCount) {
        return 1 + 2 * labelCount;
    }

    static int labelOf(int transition) {
        return (transition - 1) >> 1;
    }

    boolean terminal() {
        return depth == 0 && front == n;
    }

    int s(int k) {
        return depth > k ? stack[depth - 1 - k] : -1;
    }

    /** Whether {@code transition} is allowed now; {@code rootLabel} is the label only the root's arc may carry. */
    boolean valid(int transition, int rootLabel) {
        if (transition == SHIFT) {
            return front < n;
        }
        int label = labelOf(transition);
        if ((transition & 1) == 1) { // LEFT: to the root only the last word, with the root label; to a word never with it
            return depth > 0 && (front == n ? depth == 1 && label == rootLabel : label != rootLabel);
        }
        return depth >= 2 && label != rootLabel;
    }

    void apply(int transition) {
        if (transition == SHIFT) {
            onStack[front] = true;
            stack[depth++] = front++;
            return;
        }
        int dependent = stack[--depth];
        onStack[dependent] = false;
        int head = (transition & 1) == 1 ? front : stack[depth - 1];
        attach(head, dependent, labelOf(transition));
    }

    private void attach(int head, int dependent, int label) {
        heads[dependent] = head;
        labels[dependent] = label;
        long bit = 1L << (label & 63);
        if (dependent < head) { // left dependents arrive from the nearest outwards
            left2[head] = left1[head];
            left1[head] = dependent;
            leftCount[head]++;
            leftLabels[head] |= bit;
        } else { // right dependents too
            right2[head] = right1[head];
            right1[head] = dependent;
            rightCount[head]++;
            rightLabels[head] |= bit;
        }
    }

    /**
     * The gold arcs lost by {@code transition}, plus one for a wrong label on an arc of the gold tree.
     * {@code goldHeads} uses n for the root.
     */
    int cost(int transition, int[] goldHeads, int[] goldLabels) {
        if (transition == SHIFT) {
            int b = front;
            int s0 = s(0);
            int cost = 0;
            int g = goldHeads[b];
            if (g < n && onStack[g] && g != s0) {
                cost++;
            }
            for (int k = 0; k < depth; k++) {
                if (goldHeads[stack[k]] == b) {
                    cost++;
                }
            }
            return cost;
        }
        int s0 = s(0);
        int label = labelOf(transition);
        int g = goldHeads[s0];
        int cost = dependentsInBuffer(s0, goldHeads);
        if ((transition & 1) == 1) {
            if (g == front) {
                cost += goldLabels[s0] == label ? 0 : 1;
            } else if (g > front || g == s(1)) {
                cost++;
            }
        } else {
            if (g >= front) {
                cost++;
            } else if (g == s(1) && goldLabels[s0] != label) {
                cost++;
            }
        }
        return cost;
    }

    /** The cost of every transition into {@code out}, {@link Integer#MAX_VALUE} for those not allowed now. */
    void costs(int[] goldHeads, int[] goldLabels, int rootLabel, int[] out) {
        int shift = front < n ? cost(SHIFT, goldHeads, goldLabels) : Integer.MAX_VALUE;
        out[SHIFT] = shift;
        int s0 = s(0);
        int g = s0 < 0 ? -1 : goldHeads[s0];
        int lost = s0 < 0 ? 0 : dependentsInBuffer(s0, goldHeads);
        int left = lost + (s0 >= 0 && g != front && (g > front || g == s(1)) ? 1 : 0);
        int right = lost + (g >= front ? 1 : 0);
        for (int t = 1; t < out.length; t++) {
            if (!valid(t, rootLabel)) {
                out[t] = Integer.MAX_VALUE;
            } else if ((t & 1) == 1) {
                out[t] = left + (g == front && goldLabels[s0] != labelOf(t) ? 1 : 0);
            } else {
                out[t] = right + (g == s(1) && goldLabels[s0] != labelOf(t) ? 1 : 0);
            }
        }
    }

    private int dependentsInBuffer(int word, int[] goldHeads) {
        int count = 0;
        for (int d = front; d < n; d++) {
            if (goldHeads[d] == word) {
                count++;
            }
        }
        return count;
    }
}
