package io.storyline.cli;

import io.storyline.pipeline.IngestPipeline;
import io.storyline.pipeline.StageProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.time.Duration;
import java.util.Locale;

/**
 * Ingest progress for a person at a terminal: a bar of pages cleaned out of pages read, with files read, new
 * pages and pages per second, from the first page on; then one bar per corpus-wide stage, named, over the articles it works through.
 */
final class ProgressBars implements IngestPipeline.Progress, AutoCloseable {
    private final long start = System.nanoTime();
    private ProgressBar reading;
    private ProgressBar stage;

    /** The bar counts pages cleaned (the slow part) out of pages read so far; files read are in the message. */
    @Override
    public synchronized void reading(int filesDone, int filesTotal, long pagesRead, long pagesCleaned, long pagesAdded) {
        if (reading == null) {
            reading = bar("ingest", " pages", 0);
        }
        reading.maxHint(pagesRead);
        reading.stepTo(pagesCleaned);
        reading.setExtraMessage(String.format(Locale.ROOT, "cleaned; %,d/%,d files read, %,d new, %s", filesDone,
                filesTotal, pagesAdded, StageLines.rate(pagesCleaned, Duration.ofNanos(System.nanoTime() - start))));
    }

    @Override
    public synchronized StageProgress stageStarted(String name) {
        closeReading();
        ProgressBar bar = bar(name, " articles", 0);
        stage = bar;
        return new StageProgress() {
            @Override
            public void total(long items) {
                bar.maxHint(items);
            }

            @Override
            public void tick() {
                bar.step();
            }
        };
    }

    @Override
    public synchronized void stageFinished(String name, long items, Duration took) {
        if (stage != null) {
            stage.close();
            stage = null;
        }
    }

    private static ProgressBar bar(String task, String unit, long max) {
        return new ProgressBarBuilder().setTaskName(task).setUnit(unit, 1).setStyle(ProgressBarStyle.ASCII)
                .setInitialMax(max).setUpdateIntervalMillis(250).continuousUpdate().build();
    }

    private void closeReading() {
        if (reading != null) {
            reading.close();
            reading = null;
        }
    }

    @Override
    public synchronized void close() {
        closeReading();
        if (stage != null) {
            stage.close();
        }
    }
}
