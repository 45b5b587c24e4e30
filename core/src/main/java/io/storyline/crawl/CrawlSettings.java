package io.storyline.crawl;

import java.time.Duration;

/**
 * How politely and how far one crawl goes.
 *
 * @param userAgent    sent with every request and matched against robots.txt groups
 * @param perHostDelay the least time between two requests to one host; a longer robots.txt Crawl-delay wins
 * @param concurrency  requests in flight at once over all hosts (one host never has more than one)
 * @param maxPageBytes a body larger than this is refused, not stored
 * @param pageTimeout  the longest a whole fetch (headers and body) may take
 * @param maxRedirects redirects followed before a fetch is given up
 * @param maxPages     article pages fetched at most in one crawl (sources not counted)
 */
public record CrawlSettings(String userAgent, Duration perHostDelay, int concurrency, long maxPageBytes,
                            Duration pageTimeout, int maxRedirects, int maxPages) {
    /** The robots.txt product token; the full user agent adds a version and a contact URL. */
    public static final String ROBOT_NAME = "StorylineBot";
    public static final String DEFAULT_USER_AGENT = ROBOT_NAME + "/0.1 (+https://github.com/storyline-news/storyline)";

    public CrawlSettings {
        if (concurrency < 1 || maxRedirects < 0 || maxPages < 0 || maxPageBytes < 1) {
            throw new IllegalArgumentException("crawl limits must be positive");
        }
    }

    public static CrawlSettings defaults() {
        return new CrawlSettings(DEFAULT_USER_AGENT, Duration.ofSeconds(1), 4, 10L << 20, Duration.ofSeconds(30), 5,
                Integer.MAX_VALUE);
    }

    public CrawlSettings withPerHostDelay(Duration delay) {
        return new CrawlSettings(userAgent, delay, concurrency, maxPageBytes, pageTimeout, maxRedirects, maxPages);
    }

    public CrawlSettings withPageTimeout(Duration timeout) {
        return new CrawlSettings(userAgent, perHostDelay, concurrency, maxPageBytes, timeout, maxRedirects, maxPages);
    }

    public CrawlSettings withMaxPageBytes(long bytes) {
        return new CrawlSettings(userAgent, perHostDelay, concurrency, bytes, pageTimeout, maxRedirects, maxPages);
    }

    public CrawlSettings withMaxPages(int pages) {
        return new CrawlSettings(userAgent, perHostDelay, concurrency, maxPageBytes, pageTimeout, maxRedirects, pages);
    }
}
