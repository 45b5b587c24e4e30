package io.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalExtractCommandTest {
    private static final String PROSE = "The council approved the budget for the new school after a long debate on Monday.";

    private static JsonNode run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        int code = cli.execute(args);
        assertEquals(0, code, out.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void scoresHtmlAndTextPagesAndEndsWithHeadlineScores(@TempDir Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("a.html"), "<html><body><article><p>" + PROSE + "</p></article></body></html>");
        Files.writeString(pages.resolve("b.txt"), PROSE + "\n");
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"a.html\",\"text\":\"" + PROSE + "\"}\n{\"id\":\"b.txt\",\"text\":\"" + PROSE + "\"}\n");

        JsonNode result = run("eval", "extract", pages.toString(), gold.toString());
        assertEquals(2, result.get("pages").asInt());
        assertEquals(1.0, result.get("f1").asDouble(), 1e-9);
        List<String> fields = new ArrayList<>();
        result.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("precision", "recall", "f1"), fields.subList(fields.size() - 3, fields.size()));
    }

    @Test
    void missingPageCountsAsEmptyPrediction(@TempDir Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("a.html"), "<html><body><p>" + PROSE + "</p></body></html>");
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"a.html\",\"text\":\"" + PROSE + "\"}\n{\"id\":\"gone.html\",\"text\":\"" + PROSE + "\"}\n");

        JsonNode result = run("eval", "extract", pages.toString(), gold.toString(), "--per-page");
        assertEquals(1, result.get("missing_pages").asInt());
        assertEquals(1.0, result.get("precision").asDouble(), 1e-9);
        assertEquals(0.5, result.get("recall").asDouble(), 1e-9);
        assertTrue(result.get("per_page").isArray());
        assertEquals(0.0, result.get("per_page").get(1).get("recall").asDouble(), 1e-9);
    }

    @Test
    void readsGzippedPages(@TempDir Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(pages.resolve("a.html.gz")))) {
            out.write(("<html><body><p>" + PROSE + "</p></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"a.html\",\"text\":\"" + PROSE + "\"}\n");
        JsonNode result = run("eval", "extract", pages.toString(), gold.toString());
        assertEquals(0, result.get("missing_pages").asInt());
        assertEquals(1.0, result.get("f1").asDouble(), 1e-9);
    }
}
