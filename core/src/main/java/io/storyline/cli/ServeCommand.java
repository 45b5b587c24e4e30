package io.storyline.cli;

import io.storyline.store.Corpus;
import io.storyline.web.ServerSettings;
import io.storyline.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code storyline serve}: the REST API and the web page until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the REST API (/api/…, described at /openapi.json) and the web page (/).",
                "Listens on 127.0.0.1 unless --host opens it; read-only unless --allow-edits."})
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

    @Option(names = "--rate-limit", defaultValue = "1000", paramLabel = "N",
            description = "API requests one client address may make per second (default: ${DEFAULT-VALUE}).")
    int rateLimit;

    @Override
    public Integer call() throws Exception {
        ServerSettings settings = new ServerSettings(host, port, allowEdits, rateLimit);
        try (Corpus corpus = data.open(); WebServer server = WebServer.start(corpus, settings)) {
            spec.commandLine().getErr().printf("storyline: serving %s at http://%s:%d/ (%s)%n", data.folder(),
                    host.contains(":") ? "[" + host + "]" : host, server.port(), allowEdits ? "edits allowed" : "read-only");
            spec.commandLine().getErr().flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return ExitCodes.OK;
    }
}
