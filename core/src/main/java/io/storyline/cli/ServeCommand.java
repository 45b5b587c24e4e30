package io.storyline.cli;

import io.storyline.store.Corpus;
import io.storyline.web.ServerSettings;
import io.storyline.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code storyline serve}: the REST API and the web page until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the REST API (/api/…, described at /openapi.json) and the web page (/).",
                "Listens on 127.0.0.1 unless --host opens it; read-only unless --allow-edits.",
                "On loopback only requests whose Host is localhost, 127.0.0.1 or [::1] are answered (DNS rebinding).",
                "Edits on a server that listens beyond loopback need a token: --edit-token, STORYLINE_EDIT_TOKEN, "
                        + "or one generated and shown once at start; clients send it as 'Authorization: Bearer TOKEN'."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = ServerSettings.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the network).")
    String host;

    @Option(names = "--allow-edits", description = "Accept entity merge/split corrections (POST /api/entities/merge|split).")
    boolean allowEdits;

    @Option(names = "--edit-token", paramLabel = "TOKEN", defaultValue = "${env:STORYLINE_EDIT_TOKEN}",
            description = {"Bearer token that edits must carry (default: the STORYLINE_EDIT_TOKEN variable, which "
                    + "unlike this option does not show in the process list).",
                    "Required off loopback: without one a random token is generated and shown once."})
    String editToken;

    @Option(names = "--rate-limit", defaultValue = "1000", paramLabel = "N",
            description = "API requests one client address may make per second (default: ${DEFAULT-VALUE}).")
    int rateLimit;

    @Override
    public Integer call() throws Exception {
        ServerSettings settings = new ServerSettings(host, port, allowEdits, rateLimit,
                editToken == null || editToken.isBlank() ? null : editToken);
        var err = spec.commandLine().getErr();
        if (allowEdits && settings.editToken() == null && !settings.listensOnLoopbackOnly()) {
            settings = settings.withEditToken(generatedToken());
            // shown once, on the terminal that started the server, because no one else can know it; never in a log line
            err.println("storyline: edits off loopback need a token; this run's token (send 'Authorization: Bearer TOKEN'): "
                    + settings.editToken());
        }
        try (Corpus corpus = data.open()) {
            // a server answers many searches from one index: check its checksums once, before the first
            corpus.repairDamagedIndex();
            serve(corpus, settings, err);
        }
        return ExitCodes.OK;
    }

    private void serve(Corpus corpus, ServerSettings settings, java.io.PrintWriter err) throws Exception {
        try (WebServer server = WebServer.start(corpus, settings)) {
            err.printf("storyline: serving %s at http://%s:%d/ (%s)%n", data.folder(),
                    host.contains(":") ? "[" + host + "]" : host, server.port(),
                    !allowEdits ? "read-only" : settings.editToken() == null ? "edits allowed" : "edits allowed with the token");
            err.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
    }

    private static String generatedToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
