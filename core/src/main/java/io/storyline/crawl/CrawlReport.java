package io.storyline.crawl;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a crawl did: every URL it asked for with how that ended, the pages archived, and the WARC file written.
 *
 * @param warcFile the file this run wrote, or null when it archived nothing
 */
public record CrawlReport(List<Attempt> attempts, int pagesArchived, int pagesAlreadyFetched, String warcFile) {
    public CrawlReport {
        attempts = List.copyOf(attempts);
    }

    /** One URL asked for: a source (feed, sitemap, home page) or a page. */
    public record Attempt(String url, boolean source, FetchOutcome outcome, String reason) {
    }

    /** How many attempts ended each way. */
    public Map<FetchOutcome, Integer> outcomes() {
        Map<FetchOutcome, Integer> counts = new TreeMap<>();
        attempts.forEach(a -> counts.merge(a.outcome(), 1, Integer::sum));
        return counts;
    }
}
