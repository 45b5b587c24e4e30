package io.storyline.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How {@code storyline serve} listens: loopback unless a host is given on purpose, read-only unless edits are
 * allowed, how many API requests one client address may make per second, and the bearer token edits must carry
 * (null: none asked, which {@code serve} allows only on loopback).
 */
public record ServerSettings(String host, int port, boolean allowEdits, int requestsPerSecond, String editToken) {
    public static final String LOOPBACK = "127.0.0.1";

    public ServerSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("requests per second must be at least 1");
        }
        if (editToken != null && editToken.isBlank()) {
            throw new IllegalArgumentException("the edit token must not be blank");
        }
    }

    public ServerSettings(String host, int port, boolean allowEdits, int requestsPerSecond) {
        this(host, port, allowEdits, requestsPerSecond, null);
    }

    /** Loopback, read-only, the default rate limit; port 0 picks a free one. */
    public static ServerSettings loopback(int port) {
        return new ServerSettings(LOOPBACK, port, false, 1000, null);
    }

    public ServerSettings withEdits() {
        return new ServerSettings(host, port, true, requestsPerSecond, editToken);
    }

    public ServerSettings withRequestsPerSecond(int perSecond) {
        return new ServerSettings(host, port, allowEdits, perSecond, editToken);
    }

    public ServerSettings withEditToken(String token) {
        return new ServerSettings(host, port, allowEdits, requestsPerSecond, token);
    }

    public ServerSettings onHost(String otherHost) {
        return new ServerSettings(otherHost, port, allowEdits, requestsPerSecond, editToken);
    }

    /**
     * Whether the server answers this machine only. A name is resolved the way the server will bind it; one that
     * does not resolve is not loopback (binding would fail anyway).
     */
    public boolean listensOnLoopbackOnly() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Hides the token, so printing the settings never writes it to a log. */
    @Override
    public String toString() {
        return "ServerSettings[host=" + host + ", port=" + port + ", allowEdits=" + allowEdits + ", requestsPerSecond="
                + requestsPerSecond + ", editToken=" + (editToken == null ? "none" : "(set)") + "]";
    }
}
