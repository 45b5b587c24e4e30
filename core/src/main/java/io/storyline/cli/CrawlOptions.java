package io.storyline.cli;

import io.storyline.crawl.CrawlSettings;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What {@code crawl} and {@code watch} share: the sources, the WARC folder and the politeness limits. */
public final class CrawlOptions {
    @Parameters(arity = "1..*", paramLabel = "SOURCE",
            description = "RSS/Atom feeds, sitemaps (news sitemaps, indexes, gzip'd) or home pages (their feed links "
                    + "and robots.txt sitemaps are followed).")
    List<String> sources;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder of the WARC files (one a run) and of the crawl's memory (crawl-state.db).")
    Path out;

    @Option(names = "--delay", defaultValue = "1s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}); a longer "
                    + "robots.txt Crawl-delay wins.")
    Duration delay;

    @Option(names = "--concurrency", defaultValue = "4", description = "Requests in flight over all hosts; "
            + "never more than one per host (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--max-pages", defaultValue = "1000", description = "Pages fetched at most in one run "
            + "(default: ${DEFAULT-VALUE}); the rest wait for the next run.")
    int maxPages;

    @Option(names = "--max-page-mb", defaultValue = "10", description = "Larger pages are refused (default: ${DEFAULT-VALUE}).")
    int maxPageMb;

    @Option(names = "--timeout", defaultValue = "30s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Longest time one fetch may take, body included (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--user-agent", defaultValue = CrawlSettings.DEFAULT_USER_AGENT,
            description = "User agent sent (default: ${DEFAULT-VALUE}); robots.txt is matched for "
                    + CrawlSettings.ROBOT_NAME + ".")
    String userAgent;

    CrawlSettings settings() {
        return new CrawlSettings(userAgent, delay, concurrency, (long) maxPageMb << 20, timeout, 5, maxPages);
    }

    /** The sources as URLs; a bad one is a usage error naming it. */
    List<URI> uris() {
        List<URI> uris = new ArrayList<>();
        for (String source : sources) {
            try {
                URI uri = new URI(source.trim());
                if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                    throw new URISyntaxException(source, "not an http or https URL");
                }
                uris.add(uri);
            } catch (URISyntaxException e) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "source " + source + ": " + e.getReason());
            }
        }
        return uris;
    }
}
