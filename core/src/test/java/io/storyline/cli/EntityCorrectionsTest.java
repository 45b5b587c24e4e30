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
import java.util.HashSet;
import java.util.Set;
import io.storyline.SharedData;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        return entityOf(Path.of(data), name);
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

    private static String entityOf(Path data, String name) throws Exception {
        for (JsonNode e : CliRun.of("entities", "--data", data.toString()).lines()) {
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

    private static void assertRuns(CliRun run) {
        assertEquals(0, run.exit(), run.toString());
    }

    private static Set<String> ids(Path data) throws Exception {
        Set<String> ids = new HashSet<>();
        List<JsonNode> entities = CliRun.of("entities", "--data", data.toString()).lines();
        entities.forEach(e -> ids.add(e.get("id").asText()));
        assertEquals(entities.size(), ids.size(), "entity ids are unique");
        return ids;
    }

    @Test
    void splitOnTheSeedsLeavesEveryLaterCommandWorking() throws Exception {
        Path data = SeedData.copy(tmp.resolve("data"));
        String d = data.toString();
        String yoon = entityOf(data, "Yoon Suk Yeol");
        assertEquals(yoon, entityOf(data, "Yoon Sok-yol"), "the seeds resolve both spellings to one person");

        assertRuns(CliRun.of("entities", "split", "Yoon Suk Yeol", "Yoon Sok-yol", "--data", d));
        assertEquals(yoon, entityOf(data, "Yoon Suk Yeol"), "the entity keeps its id");
        String parted = entityOf(data, "Yoon Sok-yol");
        assertNotEquals(yoon, parted);
        ids(data);

        // more pages: the resolution that runs after them applies the split again
        Path crawl = Files.createDirectories(tmp.resolve("more"));
        for (String page : List.of("aclu", "ars-1", "bbc-1")) {
            Files.copy(SharedData.path("data", "readability-test-pages", page, "source.html"), crawl.resolve(page + ".html"));
        }
        assertRuns(CliRun.of("ingest", "-q", "--data", d, crawl.toString()));
        assertEquals(parted, entityOf(data, "Yoon Sok-yol"), "the split and its id survive the ingest");
        assertEquals(yoon, entityOf(data, "Yoon Suk Yeol"));

        assertRuns(CliRun.of("entities", "merge", "Yoon Sok-yol", "Yoon Suk Yeol", "--data", d));
        assertEquals(entityOf(data, "Yoon Suk Yeol"), entityOf(data, "Yoon Sok-yol"), "a later merge wins over the split");
        assertRuns(CliRun.of("entities", "split", "Yoon Suk Yeol", "Yoon Sok-yol", "--data", d));
        assertEquals(parted, entityOf(data, "Yoon Sok-yol"), "split again: the same id as the first time");
        ids(data);
        for (String[] command : List.of(new String[] {"articles"}, new String[] {"stories"}, new String[] {"events"},
                new String[] {"timeline", "Yoon Sok-yol"}, new String[] {"entities", "corrections"})) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--data", d));
            assertRuns(CliRun.of(args.toArray(String[]::new)));
        }
    }

    @Test
    void correctionsAreListedWithIdsAndUndoTakesOneBack() throws Exception {
        Path data = SeedData.copy(tmp.resolve("data"));
        String d = data.toString();
        String yoon = entityOf(data, "Yoon Suk Yeol");
        assertRuns(CliRun.of("entities", "split", "Yoon Suk Yeol", "Yoon Sok-yol", "--data", d));
        assertRuns(CliRun.of("entities", "merge", "Seoul", "South Korea", "--data", d));

        List<JsonNode> listed = CliRun.of("entities", "corrections", "--data", d).lines();
        assertEquals(List.of("split", "merge"), listed.stream().map(c -> c.get("kind").asText()).toList());
        assertTrue(listed.stream().allMatch(c -> c.get("in_effect").asBoolean()), listed.toString());

        assertRuns(CliRun.of("entities", "undo", listed.get(0).get("id").asText(), "--data", d));
        assertEquals(yoon, entityOf(data, "Yoon Sok-yol"), "the split is undone");
        assertEquals(entityOf(data, "Seoul"), entityOf(data, "South Korea"), "the merge stays");
        assertEquals(1, CliRun.of("entities", "corrections", "--data", d).lines().size());

        CliRun missing = CliRun.of("entities", "undo", "999", "--data", d);
        assertEquals(1, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("no correction with id 999"), missing.err());
    }

    @Test
    void mergeOfNamesThatDifferInLetterCaseMergesThem() throws Exception {
        Path data = SeedData.copy(tmp.resolve("data"));
        String d = data.toString();
        assertNotEquals(entityOf(data, "SEOUL"), entityOf(data, "Seoul"), "the seeds' dateline SEOUL is its own entity");
        CliRun merged = CliRun.of("entities", "merge", "SEOUL", "Seoul", "--data", d);
        assertRuns(merged);
        assertTrue(merged.lines().get(0).get("changed").asBoolean(), merged.toString());

        CliRun again = CliRun.of("entities", "merge", "SEOUL", "Seoul", "--data", d);
        assertRuns(again);
        assertFalse(again.lines().get(0).get("changed").asBoolean(), again.toString());
        assertTrue(again.err().contains("nothing to change"), again.err());
        assertEquals(1, CliRun.of("entities", "corrections", "--data", d).lines().size(), "no second correction");
    }

    @Test
    void mergeOfAnUnknownOrAmbiguousNameFailsAndStoresNothing() throws Exception {
        Path data = SeedData.copy(tmp.resolve("data"));
        String d = data.toString();
        CliRun unknown = CliRun.of("entities", "merge", "Seoul", "Atlantis", "--data", d);
        assertEquals(1, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().contains("no entity named 'Atlantis'"), unknown.err());

        CliRun ambiguous = CliRun.of("entities", "merge", "north", "Seoul", "--data", d);
        assertEquals(1, ambiguous.exit(), ambiguous.toString());
        assertTrue(ambiguous.err().contains("North Korea") && ambiguous.err().contains("North America"), ambiguous.err());
        assertTrue(CliRun.of("entities", "corrections", "--data", d).lines().isEmpty(), "nothing stored");
    }
}
