package io.storyline.crawl;

/** Told of every URL a crawl asks for, as it ends; the command line logs them. */
@FunctionalInterface
public interface CrawlListener {
    CrawlListener SILENT = attempt -> { };

    void attempted(CrawlReport.Attempt attempt);
}
