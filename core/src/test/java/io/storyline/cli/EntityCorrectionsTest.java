package io.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A user's merge and split, made with the CLI, survive a later ingest that resolves the entities again. */
class EntityCorrectionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private List<JsonNode> run(String... args) throws Exception {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cli.execute(args), String.join(" ", args));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private String idOf(String data, String name) throws Exception {
        for (JsonNode e : run("entities", "--data", data)) {
            if (e.get("name").asText().equals(name)) {
                return e.get("id").asText();
            }
            for (JsonNode alias : e.get("aliases")) {
                if (alias.asText().equals(name)) {
                    return e.get("id").asText();
                }
            }
        }
        throw new AssertionError(name + " is no entity");
    }

    @Test
    void mergeAndSplitSurviveReingest() throws Exception {
        String data = tmp.resolve("data").toString();
        Path crawl = Files.createDirectories(tmp.resolve("crawl"));
        Files.writeString(crawl.resolve("a.txt"), "Mayor visits port\n\nMayor Anna Lindqvist visited the port of "
                + "Gothenburg on Monday, the city council said.\nThe council praised Lindqvist for the new ferry line.\n");
        Files.writeString(crawl.resolve("b.txt"), "Council vote\n\nAnna Lindquist, the mayor, said the council "
                + "would vote on the budget in March.\nCouncillors from Gothenburg welcomed the plan on Tuesday.\n");
        run("ingest", "--data", data, "-q", crawl.toString());
        assertNotEquals(idOf(data, "Anna Lindqvist"), idOf(data, "Anna Lindquist"));

        run("entities", "--data", data, "merge", "Anna Lindqvist", "Anna Lindquist");
        assertEquals(idOf(data, "Anna Lindqvist"), idOf(data, "Anna Lindquist"));

        Files.writeString(crawl.resolve("c.txt"), "Ferry line opens\n\nThe new ferry line promised by Anna Lindqvist "
                + "opened in Gothenburg on Friday, operators said.\nTickets sold out within hours of the launch.\n");
        run("ingest", "--data", data, "-q", crawl.toString());
        assertEquals(idOf(data, "Anna Lindqvist"), idOf(data, "Anna Lindquist"), "the merge survives re-ingest");

        run("entities", "--data", data, "split", "Anna Lindqvist", "Anna Lindquist");
        Files.writeString(crawl.resolve("d.txt"), "Budget passes\n\nThe Gothenburg budget passed on Thursday after "
                + "a long debate in the council chamber, officials said.\n");
        run("ingest", "--data", data, "-q", crawl.toString());
        assertNotEquals(idOf(data, "Anna Lindqvist"), idOf(data, "Anna Lindquist"), "the split survives re-ingest");
    }
}
