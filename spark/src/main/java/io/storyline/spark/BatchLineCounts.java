package io.storyline.spark;

import io.storyline.clean.text.LineStatistics;
import io.storyline.store.LineCounts;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;

/**
 * The store's line counts as an embedded ingest sees them while cleaning one batch: only the text pages of earlier
 * batches count (pages cleaned together do not see each other). Built once for the whole crawl from each line's
 * batches, so every executor answers for any batch what the store would have answered then. Only lines on three
 * pages or more are kept: fewer never make a line recur (see the text extractor's rule).
 */
final class BatchLineCounts implements Serializable {
    static final int MIN_PAGES_KEPT = 3;
    /** Line hash → the batch of every text page containing it, sorted. */
    private final Map<Long, int[]> batchesOfLine;
    /** Text pages stored before each batch: {@code pagesBefore[b]}. */
    private final long[] pagesBefore;

    BatchLineCounts(Map<Long, int[]> batchesOfLine, long[] pagesBefore) {
        this.batchesOfLine = batchesOfLine;
        this.pagesBefore = pagesBefore;
    }

    /** What the cleaner of a page in {@code batch} is told. */
    LineStatistics before(int batch) {
        return new LineStatistics() {
            @Override
            public int pagesSeen() {
                return (int) pagesBefore[Math.min(batch, pagesBefore.length - 1)];
            }

            @Override
            public int pagesContaining(String normalizedLine) {
                int[] batches = batchesOfLine.get(LineCounts.hash(normalizedLine));
                if (batches == null) {
                    return 0;
                }
                int at = Arrays.binarySearch(batches, batch);
                if (at < 0) {
                    return -at - 1;
                }
                while (at > 0 && batches[at - 1] == batch) {
                    at--;
                }
                return at;
            }
        };
    }
}
