package io.storyline.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One HTTP GET, paced per host, with no redirect followed: the status, headers and body within the size and
 * time limits. The JDK's client is enough here; it is told never to follow redirects, so that every hop is
 * checked against robots.txt and the loop and count limits by {@link Fetcher}.
 */
final class HttpHop implements AutoCloseable {
    private final CrawlSettings settings;
    private final HostPacer pacer;
    private final HttpClient client;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "crawl-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    HttpHop(CrawlSettings settings, HostPacer pacer) {
        this.settings = settings;
        this.pacer = pacer;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.pageTimeout()).build();
    }

    /** The answer to one request; {@code outcome} is FETCHED for any complete response, whatever its status. */
    record Answer(FetchOutcome outcome, int status, Map<String, List<String>> headers, byte[] body, Instant at,
                  String reason) {
    }

    Answer get(URI uri, Validators validators) throws InterruptedException {
        pacer.acquire(uri);
        try {
            return send(uri, validators);
        } finally {
            pacer.release(uri);
        }
    }

    private Answer send(URI uri, Validators validators) {
        Instant at = Instant.now();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(settings.pageTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            return new Answer(FetchOutcome.TIMED_OUT, 0, Map.of(), new byte[0], at,
                    "no response within " + settings.pageTimeout().toSeconds() + " s");
        } catch (IOException e) {
            return new Answer(FetchOutcome.NETWORK_ERROR, 0, Map.of(), new byte[0], at, String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(FetchOutcome.NETWORK_ERROR, 0, Map.of(), new byte[0], at, "interrupted");
        }
        Map<String, List<String>> headers = lowerCased(response.headers().map());
        int status = response.statusCode();
        long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
        if (declared > settings.maxPageBytes()) {
            closeQuietly(response.body());
            return new Answer(FetchOutcome.TOO_LARGE, status, headers, new byte[0], at,
                    "Content-Length " + declared + " over the limit of " + settings.maxPageBytes() + " bytes");
        }
        return readBody(response.body(), status, headers, declared, at);
    }

    private Answer readBody(InputStream body, int status, Map<String, List<String>> headers, long declared,
                            Instant at) {
        long timeLeft = settings.pageTimeout().toMillis() - (Instant.now().toEpochMilli() - at.toEpochMilli());
        AtomicBoolean expired = new AtomicBoolean();
        // a server that trickles its body never trips the client's header timeout; closing the stream ends the read
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            expired.set(true);
            closeQuietly(body);
        }, Math.max(timeLeft, 1), TimeUnit.MILLISECONDS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (body) {
            byte[] buffer = new byte[16384];
            for (int n; (n = body.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, n);
                if (bytes.size() > settings.maxPageBytes()) {
                    return new Answer(FetchOutcome.TOO_LARGE, status, headers, new byte[0], at,
                            "body over the limit of " + settings.maxPageBytes() + " bytes");
                }
            }
        } catch (IOException e) {
            if (expired.get()) {
                return new Answer(FetchOutcome.TIMED_OUT, status, headers, new byte[0], at,
                        "body not read within " + settings.pageTimeout().toSeconds() + " s");
            }
            return new Answer(FetchOutcome.TRUNCATED, status, headers, new byte[0], at,
                    "body ended early after " + bytes.size() + " bytes: " + e.getMessage());
        } finally {
            deadline.cancel(false);
        }
        if (expired.get()) {
            return new Answer(FetchOutcome.TIMED_OUT, status, headers, new byte[0], at,
                    "body not read within " + settings.pageTimeout().toSeconds() + " s");
        }
        if (declared >= 0 && bytes.size() < declared) {
            return new Answer(FetchOutcome.TRUNCATED, status, headers, new byte[0], at,
                    "body of " + bytes.size() + " bytes, Content-Length said " + declared);
        }
        return new Answer(FetchOutcome.FETCHED, status, headers, bytes.toByteArray(), at, "HTTP " + status);
    }

    private static Map<String, List<String>> lowerCased(Map<String, List<String>> headers) {
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (!name.startsWith(":")) {
                lower.put(name.toLowerCase(Locale.ROOT), List.copyOf(values));
            }
        });
        return lower;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the exchange is being abandoned; nothing is left to report
        }
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        client.shutdownNow();
    }
}
