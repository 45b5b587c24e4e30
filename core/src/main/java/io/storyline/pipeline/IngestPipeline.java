package io.storyline.pipeline;

import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.budget.PageDeadline;
import io.storyline.clean.CleanArticle;
import io.storyline.clean.UncleanedArticle;
import io.storyline.ingest.CrawlReader;
import io.storyline.ingest.Page;
import io.storyline.ingest.ReadOutcome;
import io.storyline.nlp.Annotations;
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
import java.time.LocalDate;
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
    private final ArticleCleaner cleaner;
    private final LanguagePipeline language;
    private final int batchSize;
    private final PageBudget budget;

    public IngestPipeline(Corpus corpus, CrawlReader reader, ArticleCleaner cleaner, int batchSize) {
        this(corpus, reader, cleaner, new LanguagePipeline(), batchSize);
    }

    public IngestPipeline(Corpus corpus, CrawlReader reader, ArticleCleaner cleaner, LanguagePipeline language,
                          int batchSize) {
        this(corpus, reader, cleaner, language, batchSize, PageBudget.DEFAULT);
    }

    public IngestPipeline(Corpus corpus, CrawlReader reader, ArticleCleaner cleaner, LanguagePipeline language,
                          int batchSize, PageBudget budget) {
        this.budget = budget;
        this.language = language;
        this.corpus = corpus;
        this.reader = reader;
        this.cleaner = cleaner;
        this.batchSize = batchSize;
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

        /**
         * Cleans and annotates a new page. A stage that fails on the page (a bug, a page that defeats it, the
         * page's budget) never loses it: the page is stored with what the stages before gave, and the failure is
         * named in the store and in the run's report.
         */
        private Optional<Arrival> processOrFail(Page page, LineCounts lineCounts) {
            List<StageFailure> failed = new ArrayList<>();
            CleanArticle article;
            LocalDate anchor;
            try {
                ArticleCleaner.Cleaned cleaned = PageDeadline.within(budget.clean(), "clean",
                        () -> cleaner.clean(page, lineCounts));
                article = cleaned.article();
                anchor = cleaned.timeAnchor();
            } catch (Exception | Error e) {
                failed.add(new StageFailure("clean", describe(rethrowIfFatal(e))));
                anchor = null;
                try {
                    article = UncleanedArticle.of(page);
                } catch (Exception | Error again) {
                    rethrowIfFatal(again);
                    report(page, failed);
                    return Optional.empty(); // not even its text can be had: nothing to store
                }
            }
            Annotations annotations;
            String text = article.text();
            try {
                String annotated = LanguageText.within(text, budget.languageChars());
                if (annotated.length() < text.length()) {
                    failed.add(new StageFailure("language", "text of " + text.length() + " chars is over the budget of "
                            + budget.languageChars() + "; annotated the first " + annotated.length()));
                }
                LocalDate day = anchor;
                // the entity, role, time and quote models are English: another language is stored, searchable and
                // flagged by its language, never tagged with English entities
                annotations = readsAsEnglish(article.language())
                        ? PageDeadline.within(budget.language(), "language", () -> language.annotate(annotated, day))
                        : Annotations.NONE;
            } catch (Exception | Error e) {
                failed.removeIf(f -> f.stage().equals("language"));
                failed.add(new StageFailure("language", describe(rethrowIfFatal(e))));
                annotations = Annotations.NONE;
            }
            if (!failed.isEmpty()) {
                report(page, failed);
            }
            return Optional.of(new Arrival(page, article, annotations, failed));
        }

        private void report(Page page, List<StageFailure> failed) {
            synchronized (failures) {
                for (StageFailure f : failed) {
                    failures.add(page.path() + ": " + f.stage() + " failed (" + f.error() + ")"
                            + (f.stage().equals("clean") && failed.size() == 1 ? "; stored uncleaned" : "; stored"));
                }
            }
        }
    }

    /** A page's failure, for its record: the exception, and where our code threw it. */
    private static String describe(Throwable e) {
        String where = "";
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("io.storyline.")) {
                where = " at " + frame.getClassName().substring("io.storyline.".length()) + "." + frame.getMethodName()
                        + ":" + frame.getLineNumber();
                break;
            }
        }
        String message = e instanceof StackOverflowError ? "page nested too deeply (stack overflow)" : e.toString();
        return message + where;
    }

    /** Errors a page cannot cause and the JVM may not survive (an internal error) end the run; the rest are the page's. */
    private static Throwable rethrowIfFatal(Throwable e) {
        if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError) && !(e instanceof OutOfMemoryError)) {
            throw (VirtualMachineError) e;
        }
        return e;
    }

    /** English, or a language nobody could tell (short texts), which the English models are the best guess for. */
    static boolean readsAsEnglish(String language) {
        return language == null || language.isBlank() || language.equals("en");
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
