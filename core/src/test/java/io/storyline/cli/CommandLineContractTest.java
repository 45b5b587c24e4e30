package io.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command-line contract users' scripts rely on: commands, JSON Lines fields, exit codes. */
class CommandLineContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ARTICLE_FIELDS = List.of("id", "path", "title", "outlet", "byline", "language",
            "original_outlet", "published", "published_evidence", "published_confidence", "text", "copy_of",
            "copy_kind", "story", "entities", "times", "quotes");

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
        List<JsonNode> lines() throws Exception {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        }
    }

    private Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private String data() {
        return tmp.resolve("data").toString();
    }

    @Test
    void ingestThenArticlesWritesOneJsonObjectPerArticleWithEveryContractField() throws Exception {
        assertEquals(0, run("ingest", "--data", data(), SharedData.seeds().toString()).exit());
        Run articles = run("articles", "--data", data());
        assertEquals(0, articles.exit());
        List<JsonNode> lines = articles.lines();
        assertEquals(4, lines.size());
        for (JsonNode article : lines) {
            for (String field : ARTICLE_FIELDS) {
                assertTrue(article.has(field), "missing " + field + " in " + article);
            }
        }
    }

    @Test
    void showPrintsOneArticleAndRefusesAnUnknownId() throws Exception {
        run("ingest", "--data", data(), SharedData.seeds().toString());
        String id = run("articles", "--data", data()).lines().get(0).get("id").asText();
        Run shown = run("show", "--data", data(), "--removed", id);
        assertEquals(0, shown.exit());
        assertEquals(id, shown.lines().get(0).get("id").asText());
        assertTrue(shown.lines().get(0).has("removed"));
        Run missing = run("show", "--data", data(), "nosuchid");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no article with id nosuchid"));
    }

    @Test
    void searchFindsPhrasesAndRefusesABadDate() throws Exception {
        run("ingest", "--data", data(), SharedData.seeds().toString());
        Run found = run("search", "--data", data(), "\"security cooperation\"", "--limit", "5");
        assertEquals(0, found.exit());
        assertTrue(found.lines().size() >= 1);
        String snippet = found.lines().get(0).get("snippet").asText();
        assertTrue(snippet.matches("(?s).*<b>security(</b> <b>| )cooperation</b>.*"), snippet);
        Run bad = run("search", "--data", data(), "nato", "--from", "last week");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("--from takes an ISO date"));
    }

    @Test
    void entitiesTakesATypeInAnyCaseAndRefusesOneOutsideTheContract() throws Exception {
        run("ingest", "--data", data(), SharedData.seeds().toString());
        Run people = run("entities", "--data", data(), "--type", "person");
        assertEquals(0, people.exit());
        assertTrue(!people.lines().isEmpty() && people.lines().stream().allMatch(e -> e.get("type").asText().equals("PERSON")));
        Run unknown = run("entities", "--data", data(), "--type", "PEOPLE");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("PEOPLE"), unknown.err());
    }

    @Test
    void usageErrorsExitWithOne() {
        assertEquals(1, run("articles", "--no-such-option").exit());
        assertEquals(1, run("ingest").exit());
    }

    @Test
    void ingestExitsWithTwoWhenSomeInputsFailedAndStoresTheRest() throws Exception {
        Path crawl = Files.createDirectories(tmp.resolve("crawl"));
        Files.writeString(crawl.resolve("ok.txt"), "Title\n\nThe mayor opened the new library on Saturday.\n");
        Files.writeString(crawl.resolve("empty.html"), "");
        Run ingest = run("ingest", "--data", data(), crawl.toString(), tmp.resolve("no-such-folder").toString());
        assertEquals(2, ingest.exit());
        assertTrue(ingest.err().contains("no-such-folder: no such file or folder"), ingest.err());
        assertTrue(ingest.err().contains("empty.html: empty page"), ingest.err());
        assertEquals(1, run("articles", "--data", data()).lines().size());
    }

    @Test
    void tableFormatPrintsAHeaderAndOneRowPerArticle() {
        run("ingest", "--data", data(), SharedData.seeds().toString());
        String[] rows = run("articles", "--data", data(), "--format", "table").out().split("\n");
        assertTrue(rows[0].startsWith("ID"));
        assertEquals(5, rows.length);
    }
}
