package io.storyline.pipeline;

import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.ingest.CrawlReader;
import io.storyline.ingest.Page;
import io.storyline.ingest.ReadOutcome;
import io.storyline.nlp.annotate.LanguagePipeline;
import io.storyline.store.Arrival;
import io.storyline.store.Corpus;
import io.storyline.store.LineCounts;
import io.storyline.store.StageFailure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads crawl files, cleans each new page and stores it, in batches of one transaction each. Resumable: a page
 * already stored is not cleaned again, and a file read to its end by an earlier run is not even opened, so a
 * killed ingest run again finishes the rest and stores nothing twice.
 */
public final class IngestPipeline {
    /** What an ingest tells while it runs: reading as pages arrive, then each corpus-wide stage by name. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        /**
         * Files read of all; pages read, cleaned (the slow part, done a batch at a time) and new so far. Called
         * once before the first file, then as pages are read and cleaned, from several threads.
         */
        default void reading(int filesDone, int filesTotal, long pagesRead, long pagesCleaned, long pagesAdded) {
        }

        /** A corpus-wide stage ("entities") begins; the tracker returned hears how far it got. */
        default StageProgress stageStarted(String stage) {
            return StageProgress.NONE;
        }

        /** The stage is done: it worked through {@code items} articles in {@code took}. */
        default void stageFinished(String stage, long items, Duration took) {
        }
    }

    private final Corpus corpus;
    private final CrawlReader reader;
    private final LanguagePipeline language;
    private final int batchSize;
    private final PageProcessor processor;

    public IngestPipeline(Corpus corpus, CrawlReader reader, ArticleCleaner cleaner, int batchSize) {
        this(corpus, reader, cleaner, new LanguagePipeline(), batchSize);
    }

    public IngestPipeline(Corpus corpus, CrawlReader reader, ArticleCleaner cleaner, LanguagePipeline language,
                          int batchSize) {
        this(corpus, reader, cleaner, language, batchSize, PageBudget.DEFAULT);
    }

    public IngestPipeline(Corpus corpus, CrawlReader reader, ArticleCleaner cleaner, LanguagePipeline language,
                          int batchSize, PageBudget budget) {
        this.language = language;
        this.corpus = corpus;
        this.reader = reader;
        this.batchSize = batchSize;
        this.processor = new PageProcessor(cleaner, language, budget);
    }

    public IngestReport run(List<Path> roots, Progress progress) throws IOException, SQLException {
        List<ReadOutcome> missing = new ArrayList<>();
        List<Path> files = CrawlReader.expand(roots, missing::add);
        Run run = new Run(files.size(), progress == null ? Progress.NONE : progress);
        run.report();
        missing.forEach(run::accept);
        try {
            readAll(files, run);
        } catch (UncheckedSqlException e) {
            throw (SQLException) e.getCause();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // not only when pages were added: a stage an earlier run was killed in, or one a correction made stale,
        // is behind the store and runs now
        CorpusStages.runBehind(corpus, () -> language, run.progress);
        return new IngestReport(files.size(), run.skippedFiles, run.pagesRead, run.pagesAdded, run.failures);
    }

    private void readAll(List<Path> files, Run run) throws IOException, SQLException {
        for (Path file : files) {
            FileStamp stamp = FileStamp.of(file);
            if (stamp != null && corpus.store().fileFinished(stamp.path(), stamp.size(), stamp.modified())) {
                run.skippedFiles++;
                run.filesDone++;
                continue;
            }
            int failuresBefore = run.failures.size();
            reader.read(file, run::accept);
            if (stamp != null && run.failures.size() == failuresBefore) {
                run.finishedFiles.add(stamp);
            }
            run.filesDone++;
            run.report();
            if (run.pending.size() >= batchSize) {
                run.flush();
            }
        }
        run.flush();
    }

    /** The state of one ingest run. */
    private final class Run {
        final int filesTotal;
        final Progress progress;
        final List<Page> pending = new ArrayList<>();
        final List<FileStamp> finishedFiles = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        volatile int filesDone;
        int skippedFiles;
        volatile long pagesRead;
        volatile long pagesAdded;
        final AtomicLong pagesCleaned = new AtomicLong();

        Run(int filesTotal, Progress progress) {
            this.filesTotal = filesTotal;
            this.progress = progress;
        }

        void accept(ReadOutcome outcome) {
            switch (outcome) {
                case ReadOutcome.Failed failed -> failures.add(failed.path() + ": " + failed.reason());
                case ReadOutcome.Read read -> {
                    pagesRead++;
                    report();
                    pending.add(read.page());
                    if (pending.size() >= batchSize) {
                        flush();
                    }
                }
            }
        }

        /** Cleans the new pages of the batch in parallel and stores them all in one transaction. */
        void flush() {
            try {
                LineCounts lineCounts = new LineCounts(corpus.store());
                List<Arrival> arrivals = pending.parallelStream()
                        .map(page -> {
                            Optional<Arrival> arrival = alreadyStored(page) ? Optional.of(Arrival.seenAgain(page))
                                    : processOrFail(page, lineCounts);
                            pagesCleaned.incrementAndGet();
                            report();
                            return arrival;
                        })
                        .flatMap(Optional::stream)
                        .toList();
                pagesAdded += corpus.add(arrivals);
                pending.clear();
                for (FileStamp stamp : finishedFiles) {
                    corpus.store().markFileFinished(stamp.path(), stamp.size(), stamp.modified());
                }
                finishedFiles.clear();
                report();
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void report() {
            progress.reading(filesDone, filesTotal, pagesRead, pagesCleaned.get(), pagesAdded);
        }

        private boolean alreadyStored(Page page) {
            try {
                return corpus.store().hasPage(page.id());
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }

        /** Cleans and annotates a new page; a stage that fails on it is reported, and the page stored all the same. */
        private Optional<Arrival> processOrFail(Page page, LineCounts lineCounts) {
            PageProcessor.Result result = processor.process(page, lineCounts);
            if (!result.failures().isEmpty()) {
                synchronized (failures) {
                    failures.addAll(result.messages(page.path()));
                }
            }
            return result.arrival();
        }

    }

    /** English, or a language nobody could tell (short texts), which the English models are the best guess for. */
    static boolean readsAsEnglish(String language) {
        return PageProcessor.readsAsEnglish(language);
    }

    private record FileStamp(String path, long size, long modified) {
        static FileStamp of(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            return new FileStamp(file.toAbsolutePath().normalize().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toMillis());
        }
    }

    private static final class UncheckedSqlException extends RuntimeException {
        UncheckedSqlException(SQLException cause) {
            super(cause);
        }
    }
}
