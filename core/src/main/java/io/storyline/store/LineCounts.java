package io.storyline.store;

import io.storyline.clean.text.LineStatistics;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

/**
 * The store's count of how many text pages each line occurs on, as the text extractor's corpus evidence. Lines
 * are kept as 64-bit hashes of their normalised form, so the table stays small whatever the crawl's size. The
 * page count is read once per batch: pages cleaned together do not see each other, which only delays the
 * evidence by one batch.
 */
public final class LineCounts implements LineStatistics {
    /** Longer lines are prose, never furniture worth counting. */
    static final int MAX_LINE = 300;
    private final Store store;
    private final int pagesSeen;

    public LineCounts(Store store) throws SQLException {
        this.store = store;
        this.pagesSeen = store.textPageCount();
    }

    @Override
    public int pagesSeen() {
        return pagesSeen;
    }

    @Override
    public int pagesContaining(String normalizedLine) {
        try {
            return store.linePages(hash(normalizedLine));
        } catch (SQLException e) {
            throw new IllegalStateException("line counts unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * The distinct line hashes of a page, each counted once however often the page repeats the line. Public for
     * the distributed job, which counts lines across machines the same way.
     */
    public static long[] distinctLineHashes(String content) {
        return content.lines().map(String::strip).filter(l -> !l.isEmpty() && l.length() <= MAX_LINE)
                .mapToLong(l -> hash(LineStatistics.normalize(l))).distinct().toArray();
    }

    /** FNV-1a, 64 bits: fast, and collisions among a crawl's lines are rare enough to ignore here. */
    public static long hash(String normalized) {
        long h = 0xcbf29ce484222325L;
        for (byte b : normalized.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

}
