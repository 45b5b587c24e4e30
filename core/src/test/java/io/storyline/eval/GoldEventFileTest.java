package io.storyline.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldEventFileTest {
    private static final Path GOLD = Path.of("src/test/resources/gold/events/events.jsonl");

    @Test
    void theCheckedInGoldReadsAndHasEnoughArticlesHappeningsAndBothSplits() throws IOException {
        List<GoldEvent> gold = GoldEventFile.read(GOLD);
        assertTrue(gold.stream().map(GoldEvent::article).distinct().count() >= 40);
        assertTrue(gold.stream().map(GoldEvent::happening).filter(h -> h != null).distinct().count() >= 5);
        assertTrue(gold.stream().anyMatch(g -> g.split().equals("dev")));
        assertTrue(gold.stream().anyMatch(g -> g.split().equals("heldout")));
    }

    @Test
    void aLineWhoseSplitDisagreesWithTheHashRuleIsRefusedWithFileAndLine(@TempDir Path dir) throws IOException {
        String article = "data/x.tml";
        String wrong = GoldEventFile.splitOf(article).equals("dev") ? "heldout" : "dev";
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, "\n{\"article\":\"" + article + "\",\"split\":\"" + wrong + "\",\"sentence\":\"s\","
                + "\"trigger\":\"t\",\"type\":\"CONSULT\",\"status\":\"happened\"}\n");
        IOException e = assertThrows(IOException.class, () -> GoldEventFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ":2: split"), e.getMessage());
    }

    @Test
    void aTypeOutsidePloverIsRefused(@TempDir Path dir) throws IOException {
        String article = "data/x.tml";
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, "{\"article\":\"" + article + "\",\"split\":\"" + GoldEventFile.splitOf(article)
                + "\",\"sentence\":\"s\",\"trigger\":\"t\",\"type\":\"CELEBRATE\",\"status\":\"happened\"}\n");
        IOException e = assertThrows(IOException.class, () -> GoldEventFile.read(file));
        assertTrue(e.getMessage().contains("not a PLOVER category: CELEBRATE"), e.getMessage());
    }

    @Test
    void everyGoldSentenceIsInItsArticlesTimeMlText() throws IOException {
        for (GoldEvent g : GoldEventFile.read(GOLD)) {
            if (g.article().endsWith(".tml")) {
                Path tml = io.storyline.SharedData.root().resolve(g.article());
                assertTrue(TimeMlPage.text(Files.readString(tml)).contains(g.sentence()), g.article() + ": " + g.sentence());
            }
        }
        assertEquals("dev", GoldEventFile.splitOf("data/tempeval3/TE3-Silver-data/AFP_ENG_19970407.0157.tml"));
    }
}
