package io.storyline.web;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.storyline.store.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any value for any parameter of the read API, sent to a real server over loopback: an answer or a problem the
 * client can fix (4xx), never a server error.
 */
class RestParametersFuzzTest {
    private static final List<String> PATHS = List.of("/api/search?q=", "/api/articles?limit=", "/api/articles?offset=",
            "/api/events?from=", "/api/events?to=", "/api/events?type=", "/api/events?entity=", "/api/entities?type=",
            "/api/entities?q=", "/api/timeline?name=", "/api/graph?entity=", "/api/search?q=vote&from=",
            "/api/search?q=vote&outlet=", "/api/search?q=vote&entity=", "/api/search?q=vote&event_type=",
            "/api/articles/", "/api/entities/", "/api/stories/");
    private static Corpus corpus;
    private static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        corpus = Corpus.open(ServedCorpus.dataFolder());
        server = WebServer.start(corpus, ServerSettings.loopback(0).withRequestsPerSecond(1_000_000));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        corpus.close();
    }

    /**
     * The input's first character picks the parameter; the rest is its value. The test's own requests go to the
     * server on loopback, which Jazzer's request-forgery detector must be told to allow when fuzzing.
     */
    @FuzzTest
    void anyParameterValueIsAnsweredOrRefusedNeverAServerError(byte[] bytes) throws Exception {
        BugDetectors.allowNetworkConnections((host, port) -> port == server.port()
                && (host.equals("localhost") || host.equals("127.0.0.1")));
        String input = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        if (input.isEmpty()) {
            return;
        }
        String path = PATHS.get(input.charAt(0) % PATHS.size());
        String value = input.substring(1);
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        RequestGuardsTest.Answer answer = RequestGuardsTest.raw(server.port(), "GET", path + encoded, "127.0.0.1",
                new String[0], null);
        assertTrue(answer.status() < 500, path + encoded + " answered " + answer.status() + ": " + answer.body());
    }
}
