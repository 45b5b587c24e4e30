package io.storyline.events.coding;

import io.storyline.events.EntityDirectory;
import io.storyline.resolve.entity.Entity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordedEntitiesTest {
    private static final Entity NATO = entity("e1", "North Atlantic Treaty Organization", "ORGANIZATION", List.of("NATO"), List.of(), 5);
    private static final Entity STOLTENBERG = entity("e2", "Jens Stoltenberg", "PERSON", List.of("Stoltenberg"),
            List.of("NATO Secretary General"), 4);
    private static final Entity SEOUL = entity("e3", "Seoul", "LOCATION", List.of(), List.of(), 2);

    private static Entity entity(String id, String name, String type, List<String> aliases, List<String> titles, int mentions) {
        return new Entity(id, name, type, aliases, titles, List.of(), mentions, List.of(), List.of());
    }

    /** What a coding of an article on NATO's chief asks. */
    private static List<List<String>> questionsAsked() {
        RecordedEntities recorded = new RecordedEntities(new EntityDirectory(List.of(NATO, STOLTENBERG)));
        assertEquals("e1", recorded.named("NATO").orElseThrow().id());
        assertEquals(List.of(STOLTENBERG), recorded.titled("the Secretary General"));
        assertEquals("e2", recorded.holderOfOffice(NATO, List.of("e1")).orElseThrow().id());
        assertEquals("Jens Stoltenberg", recorded.name("e2"));
        assertTrue(recorded.get("e9").isEmpty());
        recorded.named("NATO"); // asked twice, recorded once
        return recorded.questions();
    }

    @Test
    void eachQuestionIsRecordedOnceWithItsAnswer() {
        List<List<String>> questions = questionsAsked();
        assertEquals(5, questions.size());
        assertEquals(List.of("named", "NATO"), questions.get(0).subList(0, 2));
        assertEquals(List.of("office", "e1", "e1"), questions.get(2).subList(0, 3));
    }

    @Test
    void entitiesThatOnlyGrewElsewhereStillAnswerAlike() {
        Entity mentionedMore = entity("e2", "Jens Stoltenberg", "PERSON", List.of("Stoltenberg"),
                List.of("NATO Secretary General"), 40);
        assertTrue(RecordedEntities.stillAnswered(questionsAsked(), new EntityDirectory(List.of(NATO, mentionedMore, SEOUL))));
    }

    @Test
    void aNewAliasOrANewTitleHolderAsksForCodingAgain() {
        Entity aliased = entity("e2", "Jens Stoltenberg", "PERSON", List.of("Stoltenberg", "Jens"),
                List.of("NATO Secretary General"), 4);
        assertFalse(RecordedEntities.stillAnswered(questionsAsked(), new EntityDirectory(List.of(NATO, aliased))));

        Entity successor = entity("e4", "Mark Rutte", "PERSON", List.of("Rutte"), List.of("NATO Secretary General"), 50);
        List<Entity> grown = new ArrayList<>(List.of(NATO, STOLTENBERG, successor));
        assertFalse(RecordedEntities.stillAnswered(questionsAsked(), new EntityDirectory(grown)));
    }

    @Test
    void anOfficeGoneAsksForCodingAgain() {
        assertFalse(RecordedEntities.stillAnswered(questionsAsked(), new EntityDirectory(List.of(STOLTENBERG))));
    }
}
