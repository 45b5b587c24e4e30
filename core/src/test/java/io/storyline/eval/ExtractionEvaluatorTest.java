package io.storyline.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractionEvaluatorTest {
    private static final String PROSE = "The council approved the budget for the new school after a long debate on Monday. "
            + "Residents had asked for the school for a decade, and the vote passed by seven to two.";

    @Test
    void textFileHoldingHtmlIsCleanedAsIngestCleansIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("saved.txt"), "<!DOCTYPE html><html><head><title>Budget</title></head><body>"
                + "<nav><a href=/>Home</a> <a href=/news>News</a></nav><article><p>" + PROSE + "</p></article></body></html>");

        var evaluation = new ExtractionEvaluator().evaluate(dir, List.of(new ExtractionEvaluator.GoldText("saved.txt", PROSE)));

        assertEquals(1.0, evaluation.summary().f1(), 1e-9);
        assertNull(evaluation.pages().get(0).failure());
    }

    @Test
    void unreadablePageIsReportedWithItsReasonAndScoredEmpty(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("broken.html"), new byte[]{0, 1, 2, 3, 0, 0, 7, 8, 0, 1, 2, 3, 0, 0, 7, 8, 0, 1});

        var evaluation = new ExtractionEvaluator().evaluate(dir, List.of(new ExtractionEvaluator.GoldText("broken.html", PROSE)));

        assertEquals(1, evaluation.failed().size());
        assertTrue(evaluation.failed().get(0).failure().contains("binary"), evaluation.failed().get(0).failure());
        assertEquals(0.0, evaluation.summary().recall(), 1e-9);
        assertEquals(0, evaluation.missing());
    }

    @Test
    void malformedGoldLineNamesTheFileAndLine(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"a.html\",\"text\":\"x\"}\n{not json\n");

        var error = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> ExtractionEvaluator.readGold(gold));

        assertTrue(error.getMessage().startsWith(gold + ":2:"), error.getMessage());
    }

    @Test
    void goldSplitKeepsOnlyThePagesOfThatSplit(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"a.html\",\"split\":\"dev\",\"text\":\"x\"}\n"
                + "{\"id\":\"b.html\",\"split\":\"heldout\",\"text\":\"y\"}\n{\"id\":\"c.html\",\"text\":\"z\"}\n");

        var all = ExtractionEvaluator.readGold(gold);

        assertEquals(List.of("a.html"), ExtractionEvaluator.split(all, "dev").stream().map(ExtractionEvaluator.GoldText::id).toList());
        assertEquals(List.of("b.html"), ExtractionEvaluator.split(all, "heldout").stream().map(ExtractionEvaluator.GoldText::id).toList());
        assertEquals(3, ExtractionEvaluator.split(all, "all").size());
    }

    @Test
    void textDumpInputCleansTheDumpOfTheHtmlPage(@TempDir Path dir) throws Exception {
        // the HTML extractor drops the <aside> by its markup; in the dump only the words are left to judge it
        Files.writeString(dir.resolve("page.html"), "<!DOCTYPE html><html><head><title>Budget</title></head><body>"
                + "<article><p>" + PROSE + "</p><aside><p>Sign up to our newsletter</p></aside></article></body></html>");
        var gold = List.of(new ExtractionEvaluator.GoldText("page.html", PROSE));

        var html = new ExtractionEvaluator().evaluate(dir, gold).pages().get(0);
        var dump = new ExtractionEvaluator(ExtractionEvaluator.Input.TEXT_DUMP).evaluate(dir, gold).pages().get(0);

        assertEquals(PROSE, html.predicted());
        assertTrue(dump.predicted().contains("seven to two"), dump.predicted());
        assertNull(dump.failure());
    }
}
