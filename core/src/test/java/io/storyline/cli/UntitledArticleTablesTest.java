package io.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.web.ServedCorpus;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An untitled article is called by the first words of its text in the CLI's tables, as in the API and the page. */
class UntitledArticleTablesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void articlesAndSearchTablesShowTheDisplayTitleOfAnUntitledArticle() throws Exception {
        String data = ServedCorpus.copy().toString();
        JsonNode untitled = null;
        for (String line : EventsExportTest.run("articles", "--data", data).out().split("\n")) {
            JsonNode article = JSON.readTree(line);
            if (article.get("title").isNull()) {
                untitled = article;
            }
        }
        assertTrue(untitled != null, "the Reuters seed has no title");
        String id = untitled.get("id").asText();
        String shown = untitled.get("display_title").asText();
        assertTrue(shown.endsWith("…"), shown);

        String articles = EventsExportTest.run("articles", "--data", data, "--format", "table").out();
        String row = articles.lines().filter(l -> l.startsWith(id)).findFirst().orElseThrow();
        assertTrue(row.contains(shown.substring(0, 30)), row);
        assertFalse(row.strip().endsWith(" -"), row);

        String search = EventsExportTest.run("search", "--data", data, "--format", "table", "Reuters").out();
        String hit = search.lines().filter(l -> l.startsWith(id)).findFirst().orElseThrow(() -> new AssertionError(search));
        assertTrue(hit.contains(shown.substring(0, 30)), hit);
        assertFalse(hit.contains("null"), hit);

        String json = EventsExportTest.run("search", "--data", data, "Reuters").out();
        assertTrue(json.contains("\"display_title\":\"" + shown + "\""), json);
        assertEquals(0, EventsExportTest.run("show", "--data", data, id, "--format", "table").out().indexOf(shown));
    }
}
