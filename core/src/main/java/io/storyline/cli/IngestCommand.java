package io.storyline.cli;

import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.ingest.CrawlReader;
import io.storyline.pipeline.IngestPipeline;
import io.storyline.pipeline.IngestReport;
import io.storyline.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline ingest PATH...}. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read files or folders of crawled pages (.txt .html .htm .jsonl .warc .warc.gz, and .gz of any), "
                + "clean each page into an article and store it.",
                "Idempotent and resumable: a page is identified by its content, so ingesting again stores nothing "
                        + "twice, and an interrupted ingest run again finishes the rest.",
                "JSON Lines pages: one object a line with \"html\" or \"text\" (or \"content\"), optional \"url\" "
                        + "and \"fetched_at\" (ISO-8601).",
                "Exit code 2 when some inputs could not be read; every other page is stored."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    List<Path> paths;

    @Option(names = "--batch", defaultValue = "256", description = "Pages stored per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--max-page-mb", defaultValue = "32", description = "Largest page accepted, in MB (default: ${DEFAULT-VALUE}).")
    int maxPageMb;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        IngestReport report;
        var err = spec.commandLine().getErr();
        ProgressBars bars = quiet || !Terminal.interactive() ? null : new ProgressBars();
        StageLines lines = quiet || bars != null ? null : new StageLines(err);
        try (Corpus corpus = data.openOrCreate(err); bars) {
            IngestPipeline pipeline = new IngestPipeline(corpus, new CrawlReader((long) maxPageMb << 20),
                    new ArticleCleaner(), batch);
            report = pipeline.run(paths, bars != null ? bars : lines);
        }
        if (lines != null) {
            lines.reportReading();
        }
        for (String failure : report.failures()) {
            err.println("storyline: " + failure);
        }
        if (!quiet) {
            err.printf("storyline: %d files (%d already done), %d pages read, %d new, %d failed; data in %s%n",
                    report.files(), report.skippedFiles(), report.pagesRead(), report.pagesAdded(),
                    report.failures().size(), data.folder());
        }
        return report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }
}
