package io.storyline.clean.text;

import java.util.List;

/**
 * The article is one contiguous stretch of the dump: the stretch whose line scores add up to the most
 * (maximum-sum subarray, Kadane). Prose lines pull the stretch over a few furniture lines in between (an ad
 * slot, a subheading, a short related block); a long run of non-prose lines (menus, share rows, footers)
 * costs more with every line past the first few, so the stretch stops there.
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

    /** Non-prose lines in a row that cost only their own score; each further one costs one more time as much. */
    private static final int FREE_RUN = 4;
    private static final double GROWTH = 0.25;
    /**
     * Only a line that weighs as real text ends a run of furniture: a one-line exclamation or a credit between
     * teaser headlines ("The most addictive game of the year!") is part of the teaser block, not the article.
     */
    private static final double RUN_BREAKING_SCORE = 2;
    /**
     * Furniture that pages embed inside the article body (a video player's controls, ad slots): it is dropped
     * anyway, so a player dumped as thirty control lines must not split the article in two. It costs a little
     * and neither starts nor lengthens a run of furniture.
     */
    private static final java.util.Set<String> EMBEDDED = java.util.Set.of("media-player", "ad-marker");
    private static final double EMBEDDED_SCORE = -0.5;

    public Region find(List<LineVerdict> verdicts) {
        double[] scores = new double[verdicts.size()];
        int run = 0;
        for (int i = 0; i < scores.length; i++) {
            LineVerdict verdict = verdicts.get(i);
            double score = verdict.score();
            if (verdict.kind() == LineKind.BOILERPLATE && EMBEDDED.contains(verdict.reason())) {
                scores[i] = EMBEDDED_SCORE;
                continue;
            }
            if (score <= 0) {
                run++;
            } else if (score >= RUN_BREAKING_SCORE) {
                run = 0;
            }
            scores[i] = score <= 0 ? score * (1 + GROWTH * Math.max(0, run - FREE_RUN)) : score;
        }
        double best = 0;
        int bestStart = 0;
        int bestEnd = 0;
        double running = 0;
        int runStart = 0;
        for (int i = 0; i < scores.length; i++) {
            if (running <= 0) {
                running = 0;
                runStart = i;
            }
            running += scores[i];
            if (running > best) {
                best = running;
                bestStart = runStart;
                bestEnd = i + 1;
            }
        }
        return new Region(bestStart, bestEnd);
    }
}
