package io.storyline.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tells a write that failed for want of room from every other failure, so a full disk is reported as what it is
 * (where, why, and that nothing stored was lost) instead of as a damaged store or a usage error. SQLite says
 * {@code SQLITE_FULL} (a full disk, or the store's page limit); Lucene and the JDK pass on the operating
 * system's ENOSPC as an {@link IOException} whose message is its text.
 */
public final class DiskFull {
    /** The operating system's text for ENOSPC, as the JDK puts it in the message of the IOException it throws. */
    static final String NO_SPACE = "No space left on device";

    private DiskFull() {
    }

    /** The reason, when {@code failure} or anything that caused it is a write that found no room. */
    public static Optional<String> reason(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_FULL) {
                return Optional.of(sqlite.getMessage());
            }
            if (t instanceof FileSystemException fs && fs.getReason() != null && fs.getReason().contains(NO_SPACE)) {
                return Optional.of(fs.getMessage());
            }
            if (t instanceof IOException io && io.getMessage() != null && io.getMessage().contains(NO_SPACE)) {
                return Optional.of(io.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * What a user is told: the folder that has no room, the reason, that what was stored before is intact (every
     * write is a transaction, rolled back when it cannot finish; the search index is derived and catches up on the
     * next run), and what to do.
     */
    public static String message(Path dataFolder, String reason) {
        return dataFolder.toAbsolutePath() + ": disk full, no room left to write the data folder (" + reason + "). "
                + "Nothing stored before was lost: the unfinished write was rolled back, and commands that only read "
                + "still work. Free some space and run the command again; it goes on where it stopped.";
    }
}
