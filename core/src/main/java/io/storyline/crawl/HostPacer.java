package io.storyline.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness: one request at a time per host, and at least the host's delay between the end of one request and
 * the start of the next. The delay is the crawl's own, or the host's robots.txt Crawl-delay when that is longer.
 */
final class HostPacer {
    private final Duration defaultDelay;
    private final ConcurrentHashMap<String, HostTurn> hosts = new ConcurrentHashMap<>();

    HostPacer(Duration defaultDelay) {
        this.defaultDelay = defaultDelay;
    }

    /** Host and port: two ports of one machine are two servers, and two names of one address are two hosts. */
    static String hostKey(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return host + ":" + port(uri);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    void setCrawlDelay(URI uri, Duration robotsDelay) {
        HostTurn turn = turn(uri);
        synchronized (turn) {
            Duration longer = robotsDelay.compareTo(defaultDelay) > 0 ? robotsDelay : defaultDelay;
            // the request that fetched robots.txt was paced by the old delay: its successor waits the new one
            turn.nextStartNanos += longer.minus(turn.delay).toNanos();
            turn.delay = longer;
        }
    }

    /** Waits for the host's turn; the caller must {@link #release} in a finally block. */
    void acquire(URI uri) throws InterruptedException {
        HostTurn turn = turn(uri);
        turn.lock.lockInterruptibly();
        long wait;
        synchronized (turn) {
            wait = turn.nextStartNanos - System.nanoTime();
        }
        if (wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                turn.lock.unlock();
                throw e;
            }
        }
    }

    void release(URI uri) {
        HostTurn turn = turn(uri);
        synchronized (turn) {
            turn.nextStartNanos = System.nanoTime() + turn.delay.toNanos();
        }
        turn.lock.unlock();
    }

    private HostTurn turn(URI uri) {
        return hosts.computeIfAbsent(hostKey(uri), key -> new HostTurn(defaultDelay));
    }

    private static final class HostTurn {
        final ReentrantLock lock = new ReentrantLock(true);
        Duration delay;
        long nextStartNanos = System.nanoTime();

        HostTurn(Duration delay) {
            this.delay = delay;
        }
    }
}
