package io.storyline.resolve.story;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoryEvaluatorTest {
    private final StoryEvaluator evaluator = new StoryEvaluator();

    @Test
    void bCubedCountsEachArticleAgainstItsGoldAndSystemStories() {
        List<StoryGold> gold = List.of(new StoryGold("a", "x", "dev"), new StoryGold("b", "x", "dev"),
                new StoryGold("c", "x", "dev"), new StoryGold("d", "y", "dev"));
        // the system splits x into {a,b} and {c}, and puts d with c
        StoryEvaluator.Scores s = evaluator.score(gold, Map.of("a", "s1", "b", "s1", "c", "s2", "d", "s2"));
        assertEquals((1 + 1 + 0.5 + 0.5) / 4, s.precision(), 1e-9);
        assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, s.recall(), 1e-9);
        assertEquals(3, s.goldPairs());
        assertEquals(1, s.pairsFound());
        assertEquals(2, s.systemPairs());
    }

    @Test
    void anArticleTheSystemLostIsAStoryOfItsOwn() {
        List<StoryGold> gold = List.of(new StoryGold("a", "x", "dev"), new StoryGold("b", "x", "dev"));
        StoryEvaluator.Scores s = evaluator.score(gold, Map.of("a", "s1"));
        assertEquals(1.0, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(0.0, s.pairRecall(), 1e-9);
    }
}
