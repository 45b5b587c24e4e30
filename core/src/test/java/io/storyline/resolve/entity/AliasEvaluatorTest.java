package io.storyline.resolve.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AliasEvaluatorTest {
    private static Entity entity(String id, String name, String... aliases) {
        return new Entity(id, name, "PERSON", List.of(aliases), List.of(), List.of(), 1, List.of(), List.of());
    }

    @Test
    void countsMergedSamePairsFalseMergesAndNamesNeverFound() {
        List<Entity> entities = List.of(entity("e1", "Recep Tayyip Erdogan", "Recep Erdogan"),
                entity("e2", "Lech Kaczynski", "Jaroslaw Kaczynski"));
        AliasEvaluator.Scores s = new AliasEvaluator().score(List.of(
                new AliasGold("Recep Erdogan", "recep tayyip erdogan", true, List.of(), "dev"),
                new AliasGold("Erdogan", "Recep Tayyip Erdogan", true, List.of(), "dev"),
                new AliasGold("Lech Kaczynski", "Jaroslaw Kaczynski", false, List.of(), "dev")), entities);
        assertEquals(2, s.samePairs());
        assertEquals(1, s.merged());
        assertEquals(1, s.falseMerges());
        assertEquals(1, s.namesNotFound());
        assertEquals(List.of("Erdogan / Recep Tayyip Erdogan (name not found) [] / [PERSON Recep Tayyip Erdogan]"),
                s.notMerged());
    }
}
