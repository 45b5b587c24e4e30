package io.storyline.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One URL fetched, with every redirect followed.
 *
 * @param requested the URL asked for
 * @param landed    the URL the body came from (after redirects)
 * @param status    the last HTTP status, or 0 when no response came
 * @param headers   the last response's headers, names in lower case
 * @param body      the body when {@link FetchOutcome#FETCHED}, else empty
 * @param reason    why it ended as it did, in words for the log
 */
public record Fetch(URI requested, URI landed, FetchOutcome outcome, int status, Map<String, List<String>> headers,
                    byte[] body, Instant at, String reason) {
    public Fetch {
        headers = Map.copyOf(headers);
    }

    static Fetch failed(URI requested, URI landed, FetchOutcome outcome, int status, Instant at, String reason) {
        return new Fetch(requested, landed, outcome, status, Map.of(), new byte[0], at, reason);
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String contentType() {
        return header("content-type").orElse("");
    }
}
