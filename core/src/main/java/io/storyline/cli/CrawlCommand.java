package io.storyline.cli;

import io.storyline.crawl.CrawlReport;
import io.storyline.crawl.Crawler;
import io.storyline.crawl.FetchOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code storyline crawl SOURCES... --out DIR}. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = {"Fetch the news itself: read feeds, sitemaps and home pages, fetch the articles they list "
                + "politely (robots.txt, a delay and one request at a time per host, conditional GET) and write them "
                + "as WARC files that `ingest` reads.",
                "Run again, it fetches only what is new or changed, and resumes what an interrupted run left.",
                "Every URL asked for is logged on stderr with how it ended; --json prints them as JSON Lines on stdout."})
public final class CrawlCommand implements Callable<Integer> {
    @Mixin
    CrawlOptions crawl;

    @Option(names = {"-q", "--quiet"}, description = "Only the summary.")
    boolean quiet;

    @Option(names = "--json", description = "Every attempt as a JSON Lines object on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Crawler crawler = new Crawler(crawl.settings(), crawl.out, attempt -> {
            if (json) {
                synchronized (out) {
                    try {
                        out.println(OutputOptions.JSON.writeValueAsString(attempt));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException("an attempt record did not serialise", e);
                    }
                    out.flush();
                }
            } else if (!quiet) {
                err.printf("%s %s: %s%n", attempt.outcome() == FetchOutcome.FETCHED ? "fetched" : "skipped",
                        attempt.url(), attempt.reason());
            }
        });
        CrawlReport report = crawler.crawl(crawl.uris());
        err.printf("storyline: %d pages archived%s, %d unchanged since the last run; %s%n", report.pagesArchived(),
                report.warcFile() == null ? "" : " in " + crawl.out.resolve(report.warcFile()),
                report.pagesAlreadyFetched(), report.outcomes());
        return ExitCodes.OK;
    }
}
