package io.storyline.eval;

import io.storyline.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventEvaluatorTest {
    private static final List<String> PAIR = List.of("data/tempeval3/TE3-Silver-data/AFP_ENG_19970407.0157.tml",
            "data/tempeval3/TE3-Silver-data/AFP_ENG_19970407.0268.tml");

    @Test
    void theGoldsArticlesAreIngestedAndEveryMentionIsTiedToAGoldArticle(@TempDir Path work) throws Exception {
        List<GoldEvent> gold = GoldEventFile.read(Path.of("src/test/resources/gold/events/events.jsonl")).stream()
                .filter(g -> PAIR.contains(g.article())).toList();
        EventEvaluator.Run run = new EventEvaluator(SharedData.root()).run(gold, work);
        assertEquals(List.of(), run.notStored());
        assertEquals(List.of(), run.failures());
        assertTrue(run.result().system().stream().allMatch(m -> PAIR.contains(m.article())));
        assertTrue(run.result().system().stream().allMatch(m -> m.end() > m.start()));
        assertEquals(gold.size(), run.result().gold().size());
    }
}
