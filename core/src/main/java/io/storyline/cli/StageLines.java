package io.storyline.cli;

import io.storyline.pipeline.IngestPipeline;
import io.storyline.pipeline.StageProgress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Ingest progress where no one watches a terminal (a log, CI): one line on stderr per step with its time, e.g.
 * {@code entities: 2,452 articles in 3.1 s}, so a slow stage shows in the log without a bar's noise.
 */
final class StageLines implements IngestPipeline.Progress {
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private int files;
    private long pagesRead;
    private long pagesAdded;
    private boolean readingReported;

    StageLines(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void reading(int filesDone, int filesTotal, long read, long cleaned, long added) {
        files = filesTotal;
        pagesRead = read;
        pagesAdded = added;
    }

    @Override
    public StageProgress stageStarted(String stage) {
        reportReading();
        return StageProgress.NONE;
    }

    @Override
    public void stageFinished(String stage, long items, Duration took) {
        err.printf(Locale.ROOT, "storyline: %s: %,d articles in %s%n", stage, items, seconds(took));
        err.flush();
    }

    /** The reading line, once: before the first stage, or at the end when no page was new. */
    void reportReading() {
        if (readingReported) {
            return;
        }
        readingReported = true;
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        err.printf(Locale.ROOT, "storyline: read: %,d files, %,d pages (%,d new) in %s, %s%n", files, pagesRead,
                pagesAdded, seconds(took), rate(pagesRead, took));
        err.flush();
    }

    static String seconds(Duration took) {
        return String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
    }

    static String rate(long pages, Duration took) {
        double secs = Math.max(took.toMillis(), 1) / 1000.0;
        return String.format(Locale.ROOT, "%,.1f pages/s", pages / secs);
    }
}
