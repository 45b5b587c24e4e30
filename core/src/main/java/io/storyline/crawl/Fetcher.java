package io.storyline.crawl;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;

/**
 * Fetches a URL as a polite crawler does: every hop allowed by its host's robots.txt and paced per host,
 * redirects followed up to the limit and never in a loop, conditional GET with what the last fetch said.
 */
final class Fetcher implements AutoCloseable {
    private final CrawlSettings settings;
    private final HttpHop http;
    private final RobotsRules robots;

    Fetcher(CrawlSettings settings) {
        this.settings = settings;
        HostPacer pacer = new HostPacer(settings.perHostDelay());
        this.http = new HttpHop(settings, pacer);
        this.robots = new RobotsRules(http, pacer, CrawlSettings.ROBOT_NAME);
    }

    RobotsRules robots() {
        return robots;
    }

    Fetch fetch(URI uri, Validators validators) throws InterruptedException {
        Set<URI> seen = new HashSet<>();
        URI at = uri;
        for (int hops = 0; ; hops++) {
            if (!seen.add(at)) {
                return Fetch.failed(uri, at, FetchOutcome.REDIRECT_LOOP, 0, java.time.Instant.now(),
                        "redirected back to " + at);
            }
            if (!robots.allows(at)) {
                return Fetch.failed(uri, at, FetchOutcome.DISALLOWED_BY_ROBOTS, 0, java.time.Instant.now(),
                        "robots.txt of " + at.getHost() + " disallows " + at.getPath());
            }
            HttpHop.Answer answer = http.get(at, at.equals(uri) ? validators : Validators.NONE);
            if (answer.outcome() != FetchOutcome.FETCHED) {
                return Fetch.failed(uri, at, answer.outcome(), answer.status(), answer.at(), answer.reason());
            }
            int status = answer.status();
            String location = first(answer, "location");
            if (status >= 300 && status < 400 && status != 304 && location != null) {
                if (hops >= settings.maxRedirects()) {
                    return Fetch.failed(uri, at, FetchOutcome.TOO_MANY_REDIRECTS, status, answer.at(),
                            "more than " + settings.maxRedirects() + " redirects");
                }
                at = at.resolve(location.trim());
                continue;
            }
            if (status == 304) {
                return new Fetch(uri, at, FetchOutcome.NOT_MODIFIED, status, answer.headers(), new byte[0],
                        answer.at(), "not modified");
            }
            if (status >= 400 || status < 200) {
                return Fetch.failed(uri, at, FetchOutcome.HTTP_ERROR, status, answer.at(), "HTTP " + status);
            }
            return new Fetch(uri, at, FetchOutcome.FETCHED, status, answer.headers(), answer.body(), answer.at(),
                    "HTTP " + status + ", " + answer.body().length + " bytes");
        }
    }

    private static String first(HttpHop.Answer answer, String header) {
        var values = answer.headers().get(header);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public void close() {
        http.close();
    }
}
