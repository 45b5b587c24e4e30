package io.storyline.web;

import io.storyline.correct.EntityCorrections;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.store.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Corpus corpus;
    private static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        corpus = Corpus.open(ServedCorpus.dataFolder());
        server = WebServer.start(corpus, ServerSettings.loopback(0));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        corpus.close();
    }

    static HttpResponse<String> get(WebServer server, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(WebServer server, String path, String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""));
        JsonNode body = json(response);
        assertEquals(status, body.get("status").asInt());
        assertTrue(body.hasNonNull("title"));
        assertEquals("about:blank", body.get("type").asText());
    }

    @Test
    void listsArticlesAsItemsAndTotalWithPaging() throws Exception {
        JsonNode all = json(get(server, "/api/articles?limit=100"));
        assertEquals(ServedCorpus.ARTICLES, all.get("total").asInt());
        assertEquals(ServedCorpus.ARTICLES, all.get("items").size());
        JsonNode page = json(get(server, "/api/articles?limit=2&offset=1"));
        assertEquals(ServedCorpus.ARTICLES, page.get("total").asInt());
        assertEquals(2, page.get("items").size());
        assertEquals(all.get("items").get(1).get("id"), page.get("items").get(0).get("id"));
        assertTrue(page.get("items").get(0).has("copy_of"), "snake_case field names");
    }

    @Test
    void searchesWithSnippetPartsAndFacets() throws Exception {
        JsonNode result = json(get(server, "/api/search?q=Stoltenberg"));
        assertTrue(result.get("total").asInt() >= 2);
        JsonNode first = result.get("items").get(0);
        assertTrue(first.get("snippet_parts").toString().contains("\"match\":true"));
        assertTrue(result.get("facets").get("outlet").size() >= 1);
        JsonNode filtered = json(get(server, "/api/search?q=Stoltenberg&from=2023-01-30&to=2023-01-30"));
        assertTrue(filtered.get("total").asInt() < result.get("total").asInt());
    }

    @Test
    void findsEntitiesByNameAndTheirTimeline() throws Exception {
        JsonNode people = json(get(server, "/api/entities?type=PERSON&q=yoon"));
        assertTrue(people.get("total").asInt() >= 1);
        String id = people.get("items").get(0).get("id").asText();
        JsonNode entity = json(get(server, "/api/entities/" + id));
        assertEquals("Yoon Suk Yeol", entity.get("name").asText());
        assertTrue(entity.get("article_list").size() >= 2);
        JsonNode byName = json(get(server, "/api/timeline?name=Yoon%20Suk%20Yeol"));
        assertEquals(id, byName.get("subject").get("id").asText());
        assertTrue(byName.get("total").asInt() >= 2);
        List<String> starts = new java.util.ArrayList<>();
        byName.get("items").forEach(item -> starts.add(item.get("start").asText()));
        assertEquals(starts.stream().sorted().toList(), starts, "time order");
        JsonNode graph = json(get(server, "/api/graph?entity=" + id));
        assertTrue(graph.get("edges").size() >= 1);
    }

    @Test
    void listsEventsAndPutsThemOnTimelinesWithEvidence() throws Exception {
        JsonNode all = json(get(server, "/api/events?limit=100"));
        assertTrue(all.get("total").asInt() >= 1, "the seeds report events");
        JsonNode his = json(get(server, "/api/events?entity=Yoon%20Suk%20Yeol"));
        assertTrue(his.get("total").asInt() >= 1);
        String type = his.get("items").get(0).get("type").asText();
        assertTrue(json(get(server, "/api/events?type=" + type)).get("total").asInt() >= 1);
        assertEquals(0, json(get(server, "/api/events?entity=Yoon%20Suk%20Yeol&from=2099")).get("total").asInt());
        JsonNode timeline = json(get(server, "/api/timeline?name=Yoon%20Suk%20Yeol"));
        List<JsonNode> events = new java.util.ArrayList<>();
        timeline.get("items").forEach(i -> {
            if (i.get("kind").asText().equals("event")) {
                events.add(i);
            }
        });
        assertFalse(events.isEmpty(), "his events on his timeline");
        for (JsonNode event : events) {
            assertTrue(event.get("evidence").size() >= 1);
            assertFalse(event.get("evidence").get(0).get("sentence").asText().isBlank());
        }
        JsonNode graph = json(get(server, "/api/graph?entity=Yoon%20Suk%20Yeol"));
        assertEquals("events", graph.get("edge_weight").asText());
        JsonNode byType = json(get(server, "/api/search?q=NATO&event_type=" + type));
        assertTrue(byType.get("total").asInt() >= 1);
        assertTrue(byType.get("facets").get("event_type").has(type));
    }

    @Test
    void listsStoriesAndTheirTimelines() throws Exception {
        JsonNode stories = json(get(server, "/api/stories?limit=100"));
        assertTrue(stories.get("total").asInt() >= 1);
        String id = stories.get("items").get(0).get("id").asText();
        JsonNode story = json(get(server, "/api/stories/" + id));
        assertEquals(story.get("articles").size(), story.get("article_list").size());
        JsonNode timeline = json(get(server, "/api/timeline?name=" + id));
        assertEquals("story", timeline.get("subject").get("kind").asText());
    }

    @Test
    void answersErrorsAsProblemJson() throws Exception {
        assertProblem(get(server, "/api/search?q=AND"), 400);
        assertProblem(get(server, "/api/search?q=NOT"), 400);
        assertProblem(get(server, "/api/search?q=" + java.net.URLEncoder.encode(
                java.util.stream.IntStream.range(0, 100).mapToObj(i -> "w" + i + "x~2").collect(
                        java.util.stream.Collectors.joining(" OR ")), java.nio.charset.StandardCharsets.UTF_8)), 400);
        assertProblem(get(server, "/api/articles/no-such-article"), 404);
        assertProblem(get(server, "/api/entities/no-such-entity"), 404);
        assertProblem(get(server, "/api/timeline?name=nobody-at-all"), 404);
        assertProblem(get(server, "/api/nothing-here"), 404);
        assertProblem(get(server, "/api/search"), 400);
        assertProblem(get(server, "/api/search?q=x&limit=0"), 400);
        assertProblem(get(server, "/api/search?q=x&limit=lots"), 400);
        assertProblem(get(server, "/api/search?q=x&from=yesterday"), 400);
        assertProblem(get(server, "/api/entities?type=ALIEN"), 400);
        assertProblem(get(server, "/api/search?q=" + "a".repeat(600)), 400);
        assertProblem(get(server, "/api/search?q=a%00b"), 400);
    }

    @Test
    void refusesEditsWithoutAllowEdits() throws Exception {
        assertProblem(post(server, "/api/entities/merge", "application/json", "{\"left\":\"NATO\",\"right\":\"Seoul\"}"), 403);
        assertProblem(post(server, "/api/entities/split", "application/json", "{\"entity\":\"NATO\",\"name\":\"NATO\"}"), 403);
        assertEquals(0, json(get(server, "/api/entities?q=NATO")).get("items").get(0).get("aliases").size(),
                "nothing changed");
    }

    @Test
    void appliesEditsWhenAllowed() throws Exception {
        try (Corpus copy = Corpus.open(ServedCorpus.copy());
             WebServer editable = WebServer.start(copy, ServerSettings.loopback(0).withEdits())) {
            assertProblem(post(editable, "/api/entities/merge", "text/plain", "left=a"), 415);
            assertProblem(post(editable, "/api/entities/merge", "application/json", "{\"left\":\"\"}"), 400);
            assertProblem(post(editable, "/api/entities/merge", "application/json",
                    "{\"left\":\"" + "x".repeat(70_000) + "\"}"), 413);
            assertFalse(oneEntityNamed(editable, "Seoul", "South Korea"), "two entities before the merge");
            var merged = post(editable, "/api/entities/merge", "application/json", "{\"left\":\"Seoul\",\"right\":\"South Korea\"}");
            assertEquals(200, merged.statusCode(), merged.body());
            assertTrue(oneEntityNamed(editable, "Seoul", "South Korea"), "one entity after the merge");
        }
    }

    @Test
    void listsCorrectionsAndUndoesOneWhenAllowed() throws Exception {
        try (Corpus copy = Corpus.open(ServedCorpus.copy());
             WebServer editable = WebServer.start(copy, ServerSettings.loopback(0).withEdits())) {
            assertProblem(post(editable, "/api/entities/merge", "application/json",
                    "{\"left\":\"Seoul\",\"right\":\"Atlantis\"}"), 400);
            assertEquals(0, json(get(editable, "/api/entities/corrections")).get("total").asInt(), "nothing stored");
            var merged = post(editable, "/api/entities/merge", "application/json", "{\"left\":\"Seoul\",\"right\":\"South Korea\"}");
            assertEquals(200, merged.statusCode(), merged.body());
            JsonNode listed = json(get(editable, "/api/entities/corrections"));
            assertEquals(1, listed.get("total").asInt());
            JsonNode correction = listed.get("items").get(0);
            assertEquals("merge", correction.get("kind").asText());
            assertTrue(correction.get("in_effect").asBoolean());
            assertProblem(post(server, "/api/entities/corrections/" + correction.get("id").asText() + "/undo",
                    "application/json", "{}"), 403);
            var undone = post(editable, "/api/entities/corrections/" + correction.get("id").asText() + "/undo",
                    "application/json", "{}");
            assertEquals(200, undone.statusCode(), undone.body());
            assertFalse(oneEntityNamed(editable, "Seoul", "South Korea"), "two entities again");
            assertEquals(0, json(get(editable, "/api/entities/corrections")).get("total").asInt());
            assertProblem(post(editable, "/api/entities/corrections/999/undo", "application/json", "{}"), 404);
        }
    }

    @Test
    void takesASurnameInAnyCaseAndListsTheCandidatesOfAnAmbiguousName() throws Exception {
        JsonNode timeline = json(get(server, "/api/timeline?name=stoltenberg"));
        assertEquals("Jens Stoltenberg", timeline.get("subject").get("name").asText());
        assertTrue(json(get(server, "/api/events?entity=STOLTENBERG")).get("total").asInt() > 0);
        HttpResponse<String> ambiguous = get(server, "/api/timeline?name=north");
        assertProblem(ambiguous, 400);
        assertTrue(ambiguous.body().contains("North Korea") && ambiguous.body().contains("North America"), ambiguous.body());
    }

    @Test
    void showsACorrectionMadeByAnotherProcessWithoutARestart() throws Exception {
        Path data = ServedCorpus.copy();
        try (Corpus served = Corpus.open(data);
             WebServer readOnly = WebServer.start(served, ServerSettings.loopback(0))) {
            assertFalse(oneEntityNamed(readOnly, "Seoul", "South Korea"), "two entities before the merge");
            try (Corpus cli = Corpus.open(data)) { // another connection, as `storyline entities merge` would open
                EntityCorrections.merge(cli, "Seoul", "South Korea");
            }
            assertTrue(oneEntityNamed(readOnly, "Seoul", "South Korea"), "the server sees the merge");
        }
    }

    private static boolean oneEntityNamed(WebServer server, String a, String b) throws Exception {
        for (JsonNode e : json(get(server, "/api/entities?limit=100&q=" + a.replace(" ", "%20"))).get("items")) {
            String names = e.get("name").asText() + "|" + e.get("aliases").toString();
            if (names.contains(a) && names.contains(b)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void answersNotModifiedForItsOwnEtag() throws Exception {
        HttpResponse<String> first = get(server, "/api/entities?limit=5");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get(server, "/api/entities?limit=5", "If-None-Match", etag).statusCode());
        assertEquals(200, get(server, "/api/entities?limit=6", "If-None-Match", etag).statusCode());
    }

    @Test
    void limitsRequestsPerClient() throws Exception {
        try (WebServer strict = WebServer.start(corpus, ServerSettings.loopback(0).withRequestsPerSecond(5))) {
            int refused = 0;
            for (int i = 0; i < 30; i++) {
                HttpResponse<String> response = get(strict, "/api/stories");
                if (response.statusCode() == 429) {
                    assertProblem(response, 429);
                    refused++;
                }
            }
            assertTrue(refused > 0, "30 requests at once exceed 5 a second");
        }
    }

    @Test
    void servesThePageAtEveryDeepLink() throws Exception {
        for (String path : List.of("/", "/search?q=NATO", "/article/abc", "/entity/abc", "/timeline/Yoon%20Suk%20Yeol", "/story/s1")) {
            HttpResponse<String> page = get(server, path);
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.body().contains("/assets/app.js"), path);
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        }
        assertEquals(200, get(server, "/assets/vendor/vis-timeline.min.js").statusCode());
        assertEquals(200, get(server, "/assets/vendor/cytoscape.min.js").statusCode());
    }

    @Test
    void noParameterReachesAFile() throws Exception {
        List<String> attacks = List.of("/assets/../../../../etc/passwd", "/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/assets/..%2f..%2f..%2fetc%2fpasswd", "/assets/%252e%252e/%252e%252e/etc/passwd",
                "/assets/..\\..\\..\\etc\\passwd", "/assets/vendor/../../../../../../etc/passwd",
                "/assets/../storyline.db", "/assets/..%2f..%2fio/storyline/web/WebServer.class",
                "/api/articles/..%2F..%2F..%2Fetc%2Fpasswd", "/api/articles/%2e%2e%2fstoryline.db",
                "/api/entities/..%2f..%2fstoryline.db", "/api/timeline?name=../../../etc/passwd",
                "/article/..%2f..%2f..%2fetc%2fpasswd", "/assets/simplelogger.properties", "/assets/META-INF/MANIFEST.MF");
        for (String attack : attacks) {
            int status = rawStatusAndCheck(attack);
            assertTrue(status == 400 || status == 404 || status == 200 && attack.startsWith("/article/"),
                    attack + " answered " + status);
        }
    }

    /** Sends the path byte for byte (HttpClient would normalise it) and checks no file content came back. */
    private static int rawStatusAndCheck(String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertFalse(response.contains("root:"), path);
            assertFalse(response.contains("SQLite format"), path);
            assertFalse(response.contains("defaultLogLevel"), path);
            assertFalse(response.contains("Manifest-Version"), path);
            assertFalse(response.contains("\u00ca\u00fe\u00ba\u00be"), path + " served a class file");
            return Integer.parseInt(response.substring(9, 12));
        }
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertEquals("127.0.0.1", ServerSettings.loopback(8080).host());
        var serve = io.storyline.cli.Main.commandLine().getSubcommands().get("serve").getCommandSpec();
        assertEquals("127.0.0.1", serve.findOption("--host").defaultValue());
        assertFalse(serve.findOption("--allow-edits").defaultValue() != null
                && Boolean.parseBoolean(serve.findOption("--allow-edits").defaultValue()));
    }
}
