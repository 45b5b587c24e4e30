package io.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.store.Corpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the server refuses before a handler runs or while it reads a body: each refusal is problem JSON, never a 500. */
class RequestGuardsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One raw HTTP/1.1 exchange, so headers such as Host and Transfer-Encoding are sent exactly as written. */
    record Answer(int status, String head, String body) {
    }

    static Answer raw(int port, String method, String path, String host, String[] headers, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            // a hang guard, not a timing: an edit re-runs the corpus stages in a cold server on a loaded machine
            socket.setSoTimeout(180_000);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            if (host != null) {
                request.append("Host: ").append(host).append("\r\n");
            }
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            if (body != null) {
                request.append("Content-Length: ").append(body.length).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return answer(socket.getInputStream());
        }
    }

    private static Answer answer(InputStream in) throws IOException {
        String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int split = response.indexOf("\r\n\r\n");
        String head = split < 0 ? response : response.substring(0, split);
        String body = split < 0 ? "" : response.substring(split + 4);
        return new Answer(Integer.parseInt(response.substring(9, 12)), head, body);
    }

    private static Answer postJson(WebServer server, String path, String body, String... headers) throws IOException {
        String[] all = Arrays.copyOf(headers, headers.length + 1);
        all[headers.length] = "Content-Type: application/json";
        return raw(server.port(), "POST", path, "127.0.0.1:" + server.port(), all, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(Answer answer, int status) throws IOException {
        assertEquals(status, answer.status(), answer.head() + "\n" + answer.body());
        assertTrue(answer.head().toLowerCase().contains("content-type: application/problem+json"), answer.head());
        JsonNode body = JSON.readTree(answer.body().contains("{") ? answer.body().substring(answer.body().indexOf('{')) : "{}");
        assertEquals(status, body.path("status").asInt(), answer.body());
    }

    @Test
    void aMalformedJsonBodyOnAnEditIsABadRequestAndChangesNothing() throws Exception {
        try (Corpus copy = Corpus.open(ServedCorpus.copy());
             WebServer editable = WebServer.start(copy, ServerSettings.loopback(0).withEdits())) {
            String[] malformed = {"{", "null", "[]", "\"left\"", "42", "{\"left\": [1, 2]}", "{\"left\": {\"x\": 1}}",
                    "{\"left\":\"Seoul\",\"right\":\"South Korea\"", "\u0000\u0001", "{\"left\": 1e99999999}"};
            for (String body : malformed) {
                assertProblem(postJson(editable, "/api/entities/merge", body), 400);
                assertProblem(postJson(editable, "/api/entities/split", body), 400);
            }
            assertProblem(postJson(editable, "/api/entities/merge", ""), 400);
            assertProblem(postJson(editable, "/api/entities/corrections/1/undo", "{"), 404);
            assertProblem(postJson(editable, "/api/entities/corrections/x/undo", "{"), 400);
            assertEquals(0, copy.store().entities().corrections().size(), "nothing stored");
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIsTooLargeNotAServerError() throws Exception {
        try (Corpus copy = Corpus.open(ServedCorpus.copy());
             WebServer editable = WebServer.start(copy, ServerSettings.loopback(0).withEdits());
             Socket socket = new Socket("127.0.0.1", editable.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/entities/merge HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            Thread sender = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'x');
                chunk[0] = '{';
                chunk[1] = '"';
                try {
                    for (int sent = 0; sent < 10 * 1024 * 1024; sent += chunk.length) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        chunk[0] = 'x';
                        chunk[1] = 'x';
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // the server may answer and close before the 10 MB are sent; that is what it should do
                }
            });
            sender.start();
            Answer answer = answer(socket.getInputStream());
            sender.join(60_000);
            assertProblem(answer, 413);
        }
    }

    @Test
    void onLoopbackOnlyRequestsNamingThisMachineAreAnswered() throws Exception {
        try (Corpus corpus = Corpus.open(ServedCorpus.dataFolder());
             WebServer server = WebServer.start(corpus, ServerSettings.loopback(0))) {
            int port = server.port();
            for (String host : new String[] {"localhost", "localhost:" + port, "127.0.0.1", "127.0.0.1:" + port,
                    "[::1]", "[::1]:" + port, "LOCALHOST:" + port}) {
                assertEquals(200, raw(port, "GET", "/api/capabilities", host, new String[0], null).status(), host);
            }
            for (String host : new String[] {"attacker.example", "attacker.example:" + port, "localhost.attacker.example",
                    "127.0.0.1.nip.io:" + port, "127.0.0.2"}) {
                assertProblem(raw(port, "GET", "/api/articles", host, new String[0], null), 421);
                assertProblem(raw(port, "GET", "/", host, new String[0], null), 421);
            }
            for (String host : new String[] {"localhost:80x", "[::1]x", ""}) {
                int status = raw(port, "GET", "/api/articles", host, new String[0], null).status();
                assertTrue(status == 400 || status == 421, host + " answered " + status);
            }
        }
    }

    @Test
    void editsWithATokenNeedItAsABearerAndTheTokenIsNeverEchoed() throws Exception {
        String token = "s3cret-" + Long.toHexString(System.nanoTime());
        try (Corpus copy = Corpus.open(ServedCorpus.copy());
             WebServer editable = WebServer.start(copy, ServerSettings.loopback(0).withEdits().withEditToken(token))) {
            String merge = "{\"left\":\"Seoul\",\"right\":\"South Korea\"}";
            Answer none = postJson(editable, "/api/entities/merge", merge);
            assertProblem(none, 401);
            assertTrue(none.head().contains("WWW-Authenticate: Bearer"), none.head());
            Answer wrong = postJson(editable, "/api/entities/merge", merge, "Authorization: Bearer " + token + "x");
            assertProblem(wrong, 401);
            assertFalse(wrong.body().contains(token), "the token is not echoed");
            assertProblem(postJson(editable, "/api/entities/merge", merge, "Authorization: Basic " + token), 401);
            assertEquals(0, copy.store().entities().corrections().size(), "nothing stored without the token");
            JsonNode capabilities = JSON.readTree(raw(editable.port(), "GET", "/api/capabilities", "localhost",
                    new String[0], null).body());
            assertTrue(capabilities.get("edit_token_required").asBoolean());
            Answer right = postJson(editable, "/api/entities/merge", merge, "Authorization: Bearer " + token);
            assertEquals(200, right.status(), right.body());
            assertEquals(1, copy.store().entities().corrections().size());
            assertFalse(editable.toString().contains(token));
        }
    }

    @Test
    void serveBeyondLoopbackWithEditsGeneratesATokenAndRefusesEditsWithoutIt() throws Exception {
        Path data = ServedCorpus.copy();
        Path err = Files.createTempFile("serve", ".err");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "io.storyline.cli.Main",
                "serve", "--data", data.toString(), "--host", "0.0.0.0", "--port", "0", "--allow-edits")
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String started = "";
            for (int i = 0; i < 600 && !started.contains(" at http://"); i++) {
                Thread.sleep(100);
                started = Files.readString(err);
            }
            assertTrue(started.contains(" at http://"), started);
            Matcher tokenLine = Pattern.compile("TOKEN'\\): (\\S+)").matcher(started);
            assertTrue(tokenLine.find(), started);
            String token = tokenLine.group(1);
            assertTrue(token.length() >= 32, "a generated token of 24 random bytes");
            Matcher portLine = Pattern.compile("http://[^:]+:(\\d+)/").matcher(started);
            assertTrue(portLine.find(), started);
            int port = Integer.parseInt(portLine.group(1));
            byte[] merge = "{\"left\":\"Seoul\",\"right\":\"South Korea\"}".getBytes(StandardCharsets.UTF_8);
            assertProblem(raw(port, "POST", "/api/entities/merge", "127.0.0.1", new String[] {"Content-Type: application/json"},
                    merge), 401);
            Answer right = raw(port, "POST", "/api/entities/merge", "127.0.0.1", new String[] {"Content-Type: application/json",
                    "Authorization: Bearer " + token}, merge);
            assertEquals(200, right.status(), right.body());
            String log = Files.readString(err);
            assertEquals(1, log.split(Pattern.quote(token), -1).length - 1,
                    "the token is shown once, at start, and in no other message:\n" + log);
        } finally {
            serve.destroy();
            serve.waitFor();
            Files.deleteIfExists(err);
        }
    }

    @Test
    void theContentSecurityPolicyForbidsInlineScript() throws Exception {
        try (Corpus corpus = Corpus.open(ServedCorpus.dataFolder());
             WebServer server = WebServer.start(corpus, ServerSettings.loopback(0))) {
            Answer page = raw(server.port(), "GET", "/", "localhost", new String[0], null);
            String policy = page.head().lines().filter(l -> l.toLowerCase().startsWith("content-security-policy:"))
                    .findFirst().orElseThrow();
            String scripts = Arrays.stream(policy.substring(policy.indexOf(':') + 1).split(";")).map(String::strip)
                    .filter(d -> d.startsWith("script-src")).findFirst().orElseThrow();
            assertFalse(scripts.contains("'unsafe-inline'") || scripts.contains("'unsafe-eval'") || scripts.contains("*"),
                    scripts);
            assertFalse(page.body().matches("(?is).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "no inline <script> in the page");
            assertFalse(page.body().matches("(?is).*\\son[a-z]+\\s*=.*"), "no inline event handlers in the page");
        }
    }
}
