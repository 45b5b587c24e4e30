package io.storyline.web;

/**
 * How {@code storyline serve} listens: loopback unless a host is given on purpose, read-only unless edits are
 * allowed, and how many API requests one client address may make per second.
 */
public record ServerSettings(String host, int port, boolean allowEdits, int requestsPerSecond) {
    public static final String LOOPBACK = "127.0.0.1";

    public ServerSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("requests per second must be at least 1");
        }
    }

    /** Loopback, read-only, the default rate limit; port 0 picks a free one. */
    public static ServerSettings loopback(int port) {
        return new ServerSettings(LOOPBACK, port, false, 1000);
    }

    public ServerSettings withEdits() {
        return new ServerSettings(host, port, true, requestsPerSecond);
    }

    public ServerSettings withRequestsPerSecond(int perSecond) {
        return new ServerSettings(host, port, allowEdits, perSecond);
    }
}
