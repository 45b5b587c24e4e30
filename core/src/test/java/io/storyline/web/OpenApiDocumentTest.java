package io.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.store.Corpus;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document at /openapi.json names exactly the API's routes, and each route answers as documented. */
class OpenApiDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void documentsEveryRouteAndNothingElse() throws Exception {
        try (Corpus corpus = Corpus.open(ServedCorpus.dataFolder());
             WebServer server = WebServer.start(corpus, ServerSettings.loopback(0))) {
            JsonNode doc = JSON.readTree(WebApiTest.get(server, "/openapi.json").body());
            assertEquals("3.1.0", doc.get("openapi").asText());
            Set<String> documented = new TreeSet<>();
            for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
                String path = paths.next();
                doc.get("paths").get(path).fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path));
            }
            Set<String> served = new TreeSet<>();
            WebServer.routes(new ApiHandlers(corpus, new Snapshots(corpus), false))
                    .forEach(r -> served.add(r.method() + " " + r.path()));
            assertEquals(served, documented);
        }
    }

    @Test
    void everyGetAnswersWithADocumentedStatus() throws Exception {
        try (Corpus corpus = Corpus.open(ServedCorpus.dataFolder());
             WebServer server = WebServer.start(corpus, ServerSettings.loopback(0))) {
            JsonNode paths = JSON.readTree(WebApiTest.get(server, "/openapi.json").body()).get("paths");
            String entity = JSON.readTree(WebApiTest.get(server, "/api/entities?limit=1").body())
                    .get("items").get(0).get("id").asText();
            String article = JSON.readTree(WebApiTest.get(server, "/api/articles?limit=1").body())
                    .get("items").get(0).get("id").asText();
            for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
                String path = it.next();
                JsonNode get = paths.get(path).get("get");
                if (get == null) {
                    continue;
                }
                StringBuilder query = new StringBuilder();
                for (JsonNode p : get.get("parameters")) {
                    if (p.get("in").asText().equals("query") && p.path("required").asBoolean()) {
                        query.append(query.isEmpty() ? "?" : "&").append(p.get("name").asText()).append('=')
                                .append(p.get("name").asText().equals("q") ? "NATO" : entity);
                    }
                }
                String url = path.replace("{id}", path.contains("articles") ? article : entity) + query;
                HttpResponse<String> response = WebApiTest.get(server, url);
                String status = String.valueOf(response.statusCode());
                assertTrue(get.get("responses").has(status), url + " answered " + status + ", not documented");
                if (response.statusCode() == 200) {
                    JsonNode body = JSON.readTree(response.body());
                    JsonNode schema = get.get("responses").get("200").get("content").get("application/json").get("schema");
                    JsonNode required = schema.has("$ref")
                            ? JSON.readTree(WebApiTest.get(server, "/openapi.json").body()).get("components").get("schemas")
                                .get(schema.get("$ref").asText().replace("#/components/schemas/", "")).get("required")
                            : schema.get("required");
                    if (required != null) {
                        required.forEach(field -> assertTrue(body.has(field.asText()), url + " lacks " + field));
                    }
                }
            }
        }
    }
}
