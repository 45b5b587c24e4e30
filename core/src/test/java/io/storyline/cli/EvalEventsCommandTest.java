package io.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.eval.GoldEventFile;
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

class EvalEventsCommandTest {
    private static final String SENTENCE = "Prime Minister John Smith met President Anna Berg in Oslo on Monday.";

    @Test
    void printsOneObjectEndingWithTheHeadlineScoresAndWritesTheMisses(@TempDir Path dir) throws Exception {
        String article = "news/meeting.html";
        Path shared = dir.resolve("shared");
        Files.createDirectories(shared.resolve("news"));
        Files.writeString(shared.resolve(article), "<html><head><title>Smith meets Berg</title></head><body><article><p>"
                + SENTENCE + "</p><p>The two leaders discussed trade and fishing rights for two hours.</p></article></body></html>");
        Path gold = dir.resolve("events.jsonl");
        Files.writeString(gold, "{\"article\":\"" + article + "\",\"split\":\"" + GoldEventFile.splitOf(article)
                + "\",\"sentence\":\"" + SENTENCE + "\",\"trigger\":\"met\",\"type\":\"CONSULT\",\"mode\":\"meet\","
                + "\"actors\":[\"Prime Minister John Smith / John Smith / Smith\"],\"targets\":[\"President Anna Berg\"],"
                + "\"status\":\"happened\",\"headline\":true}\n");
        Path misses = dir.resolve("misses.jsonl");
        StringWriter out = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("eval", "events", gold.toString(), "--shared", shared.toString(), "--misses",
                misses.toString());
        assertEquals(0, code, out.toString());

        JsonNode result = new ObjectMapper().readTree(out.toString());
        assertEquals(1, result.get("articles").asInt());
        assertEquals(0, result.get("articles_not_stored").asInt());
        List<String> fields = new ArrayList<>();
        result.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("headline_event_recall", "all_event_recall", "precision", "type_accuracy", "actor_accuracy",
                "cross_source_merge"), fields.subList(fields.size() - 6, fields.size()));
        assertTrue(Files.exists(misses));
    }

    @Test
    void anUnknownSplitIsAUsageError(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("events.jsonl"), "");
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        assertEquals(ExitCodes.USAGE, cli.execute("eval", "events", gold.toString(), "--split", "test"));
        assertTrue(err.toString().contains("--split must be dev, heldout or all"), err.toString());
    }
}
