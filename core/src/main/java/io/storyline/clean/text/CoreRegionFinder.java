package io.storyline.clean.text;

import java.util.List;

/**
 * The article is one contiguous stretch of the dump: the stretch whose line scores add up to the most
 * (maximum-sum subarray, Kadane). Prose lines pull the stretch over a few furniture lines in between; a
 * long menu or footer costs more than the prose beyond it is worth, so the stretch stops there.
 */
public final class CoreRegionFinder {

    /** Half-open range of line indexes; empty when no line scores above zero. */
    public record Region(int start, int end) {
        public boolean contains(int index) {
            return index >= start && index < end;
        }

        public boolean isEmpty() {
            return end <= start;
        }
    }

    public Region find(List<LineVerdict> verdicts) {
        double best = 0;
        int bestStart = 0;
        int bestEnd = 0;
        double running = 0;
        int runStart = 0;
        for (int i = 0; i < verdicts.size(); i++) {
            if (running <= 0) {
                running = 0;
                runStart = i;
            }
            running += verdicts.get(i).score();
            if (running > best) {
                best = running;
                bestStart = runStart;
                bestEnd = i + 1;
            }
        }
        return new Region(bestStart, bestEnd);
    }
}
