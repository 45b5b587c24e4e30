package io.storyline.pipeline;

import io.storyline.clean.ArticleCleaner;
import io.storyline.clean.CleanArticle;
import io.storyline.ingest.CrawlReader;
import io.storyline.ingest.Page;
import io.storyline.ingest.ReadOutcome;
import io.storyline.nlp.Annotations;
import io.storyline.nlp.LanguagePipeline;
import io.storyline.store.Arrival;
import io.storyline.store.Corpus;
import io.storyline.store.LineCounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads crawl files, cleans each new page and stores it, in batches of one transaction each. Resumable: a page
 * already stored is not cleaned again, and a file read to its end by an earlier run is not even opened, so a
 * killed ingest run again finishes the rest and stores nothing twice.
 */
public final class IngestPipeline {
    /** Called after each batch: files done so far of all, pages added so far. */
    public interface Progress {
        void update(int filesDone, int filesTotal, long pagesAdded);
    }

    private final Corpus corpus;
    private final CrawlReader reader;
    private final ArticleCleaner cleaner;
    private final LanguagePipeline language;
    private final int batchSize;

    public IngestPipeline(Corpus corpus, CrawlReader reader, ArticleCleaner cleaner, int batchSize) {
        this(corpus, reader, cleaner, new LanguagePipeline(), batchSize);
    }

    public IngestPipeline(Corpus corpus, CrawlReader reader, ArticleCleaner cleaner, LanguagePipeline language,
                          int batchSize) {
        this.language = language;
        this.corpus = corpus;
        this.reader = reader;
        this.cleaner = cleaner;
        this.batchSize = batchSize;
    }

    public IngestReport run(List<Path> roots, Progress progress) throws IOException, SQLException {
        List<ReadOutcome> missing = new ArrayList<>();
        List<Path> files = CrawlReader.expand(roots, missing::add);
        Run run = new Run(files.size(), progress);
        missing.forEach(run::accept);
        try {
            readAll(files, run);
        } catch (UncheckedSqlException e) {
            throw (SQLException) e.getCause();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (run.pagesAdded > 0) {
            afterIngest(corpus, language);
        }
        return new IngestReport(files.size(), run.skippedFiles, run.pagesRead, run.pagesAdded, run.failures);
    }

    /** The corpus-wide steps that new pages can change: refined dates, copies, resolved entities, stories, events. */
    static void afterIngest(Corpus corpus, LanguagePipeline language) throws SQLException, IOException {
        new DateRefinement(language).run(corpus);
        new CopyResolution().run(corpus);
        new EntityResolution().run(corpus);
        new StoryResolution().run(corpus);
        new EventResolution().run(corpus);
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
        int filesDone;
        int skippedFiles;
        long pagesRead;
        long pagesAdded;

        Run(int filesTotal, Progress progress) {
            this.filesTotal = filesTotal;
            this.progress = progress;
        }

        void accept(ReadOutcome outcome) {
            switch (outcome) {
                case ReadOutcome.Failed failed -> failures.add(failed.path() + ": " + failed.reason());
                case ReadOutcome.Read read -> {
                    pagesRead++;
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
                        .map(page -> alreadyStored(page) ? Optional.of(Arrival.seenAgain(page)) : processOrFail(page, lineCounts))
                        .flatMap(Optional::stream)
                        .toList();
                pagesAdded += corpus.add(arrivals);
                pending.clear();
                for (FileStamp stamp : finishedFiles) {
                    corpus.store().markFileFinished(stamp.path(), stamp.size(), stamp.modified());
                }
                finishedFiles.clear();
                if (progress != null) {
                    progress.update(filesDone, filesTotal, pagesAdded);
                }
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private boolean alreadyStored(Page page) {
            try {
                return corpus.store().hasPage(page.id());
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }

        /** Cleans and annotates a new page; a page the code fails on is reported, never allowed to stop the run. */
        private Optional<Arrival> processOrFail(Page page, LineCounts lineCounts) {
            try {
                ArticleCleaner.Cleaned cleaned = cleaner.clean(page, lineCounts);
                CleanArticle article = cleaned.article();
                // the entity, role, time and quote models are English: another language is stored, searchable and
                // flagged by its language, never tagged with English entities
                Annotations annotations = readsAsEnglish(article.language())
                        ? language.annotate(article.text(), cleaned.timeAnchor()) : Annotations.NONE;
                return Optional.of(new Arrival(page, article, annotations));
            } catch (RuntimeException e) {
                synchronized (failures) {
                    failures.add(page.path() + ": could not be cleaned (" + e + ")");
                }
                return Optional.empty();
            }
        }
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
