package io.storyline.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.events.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimelineTest {
    private static final Timeline.Subject SUBJECT = new Timeline.Subject(Timeline.SubjectKind.ENTITY, "e1", "Someone", "PERSON");

    private static Event event(String id, String start) {
        return new Event(id, "CONSULT", "meet", start == null ? "planned" : "happened", id, List.of("e1"),
                List.of("Someone"), List.of(), List.of(), null, null, start, start, "stated", null, List.of(),
                List.of(), Map.of(), List.of(), 0.9, null, null, null, null, false);
    }

    private static Timeline.ArticleEntry article(String id, String published) {
        return new Timeline.ArticleEntry(id, published, "Article " + id, new Timeline.Source(id, "Outlet", null, null, null));
    }

    @Test
    void datesSortAsThePeriodsTheyNameEventsBeforeTheirDaysArticlesAndUndatedEventsLast() {
        Timeline timeline = Timeline.of(SUBJECT,
                List.of(event("undated", null), event("july-10", "2023-07-10"), event("june", "2023-06")),
                List.of(article("a-july-10", "2023-07-10"), article("a-2023", "2023"), article("a-june-30", "2023-06-30")));
        assertEquals(List.of("a-2023", "june", "a-june-30", "july-10", "a-july-10", "undated"),
                timeline.items().stream().map(Timeline.Item::id).toList());
    }

    @Test
    void kindsAreWrittenAsTheContractsWords() throws Exception {
        Timeline timeline = Timeline.of(SUBJECT, List.of(event("e", "2023-07-10")), List.of(article("a", "2023")));
        JsonNode json = new ObjectMapper().valueToTree(timeline);
        assertEquals("entity", json.get("subject").get("kind").asText());
        assertEquals(List.of("article", "event"), List.of(json.get("items").get(0).get("kind").asText(),
                json.get("items").get(1).get("kind").asText()));
    }
}
