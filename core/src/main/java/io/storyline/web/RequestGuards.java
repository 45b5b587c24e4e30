package io.storyline.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * Checks made before any handler runs. On loopback the {@code Host} header must name this machine, so a page on
 * another site whose name an attacker re-points at 127.0.0.1 (DNS rebinding) cannot read or edit through the
 * visitor's browser. When a token is set, every POST must carry it as {@code Authorization: Bearer TOKEN}; the
 * token is compared in constant time and never written to a message.
 */
final class RequestGuards {
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
    private final boolean checkHost;
    private final byte[] token;

    RequestGuards(ServerSettings settings) {
        this.checkHost = settings.listensOnLoopbackOnly();
        this.token = settings.editToken() == null ? null : settings.editToken().getBytes(StandardCharsets.UTF_8);
    }

    void check(Context ctx) {
        if (checkHost) {
            String host = ctx.header("Host");
            if (host == null || host.isBlank()) {
                throw Problem.badRequest("a Host header is required");
            }
            if (!isLoopbackName(host)) {
                throw new Problem(421, "Misdirected Request",
                        "this server answers only to localhost, 127.0.0.1 or [::1], not to the host named in the request");
            }
        }
        if (token != null && ctx.method() == HandlerType.POST && !carriesToken(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"storyline edits\"");
            throw new Problem(401, "Unauthorized",
                    "edits need the server's edit token as 'Authorization: Bearer TOKEN' (printed when serve started)");
        }
    }

    /** {@code localhost}, {@code 127.0.0.1} or {@code [::1]}, with or without a port. */
    static boolean isLoopbackName(String hostHeader) {
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        int portColon = host.startsWith("[") ? host.indexOf("]:") + 1 : host.indexOf(':');
        if (portColon > 0) {
            String port = host.substring(portColon + 1);
            if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)) {
                return false;
            }
            host = host.substring(0, portColon);
        }
        return LOOPBACK_NAMES.contains(host);
    }

    private boolean carriesToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token);
    }
}
