package io.storyline.events;

import io.storyline.clean.Granularity;
import io.storyline.clean.PublishedDate;
import io.storyline.nlp.Annotations;
import io.storyline.nlp.EntityMention;
import io.storyline.nlp.annotate.LanguagePipeline;
import io.storyline.resolve.entity.Entity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences written for these tests (not from any data set), run through the real language layer. */
class EventExtractorTest {
    private static final LanguagePipeline LANGUAGE = new LanguagePipeline();

    /** The mentions of {@code text} published on {@code day}, each entity's id being its surface. */
    static List<EventMention> extract(String text, String day) {
        Annotations a = LANGUAGE.annotate(text, LocalDate.parse(day));
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (EntityMention m : a.entities()) {
            ids.add(m.surface());
            entities.putIfAbsent(m.surface(), new Entity(m.surface(), m.surface(), m.type(), List.of(), List.of(),
                    List.of("a"), 1, List.of(), List.of()));
        }
        ArticleInput input = new ArticleInput("a", text, new PublishedDate(day, Granularity.DAY, "test", 1.0), a, ids,
                "a", "Test Outlet");
        return new EventExtractor().extract(input, new EntityDirectory(entities.values()));
    }

    @Test
    void negatedAttendanceIsNoEvent() {
        List<EventMention> found = extract("Angela Merkel did not attend the summit in Brussels on Monday.", "2019-03-06");
        assertTrue(found.stream().noneMatch(m -> m.type().equals("CONSULT")), found.toString());
    }

    @Test
    void scheduledMeetingIsPlanned() {
        List<EventMention> found = extract("Emmanuel Macron is scheduled to meet Olaf Scholz in Berlin on Friday.",
                "2022-05-02");
        EventMention m = found.get(0);
        assertEquals("CONSULT", m.type());
        assertTrue(m.planned());
        assertEquals(List.of("Emmanuel Macron"), m.actors());
        assertEquals(List.of("Olaf Scholz"), m.targets());
        assertEquals("Berlin", m.place());
        assertEquals(LocalDate.parse("2022-05-06"), m.start());
    }

    @Test
    void arrivalInACapitalIsAVisitThatHappened() {
        List<EventMention> found = extract("Antony Blinken arrived in Cairo on Sunday for talks.", "2023-01-30");
        EventMention m = found.get(0);
        assertEquals("visit", m.mode());
        assertFalse(m.planned());
        assertEquals("Cairo", m.place());
        assertEquals(LocalDate.parse("2023-01-29"), m.start());
    }

    @Test
    void passiveTakesTheAgentAsActor() {
        List<EventMention> found = extract("Iran was sanctioned by the European Union on Tuesday.", "2021-04-15");
        EventMention m = found.get(0);
        assertEquals("SANCTION", m.type());
        assertEquals(List.of("European Union"), m.actors());
        assertEquals(List.of("Iran"), m.targets());
    }

    @Test
    void nounUsesAreNotPredicates() {
        List<EventMention> found = extract("The visit of Narendra Modi was praised as a success by officials monitoring "
                + "sanctions against Cuba.", "2020-01-10");
        assertTrue(found.stream().noneMatch(m -> m.type().equals("SANCTION")), found.toString());
    }

    @Test
    void capitalActsForItsCountry() {
        Map<String, Entity> none = Map.of();
        List<EventMention> found = extract("Paris urged Moscow to withdraw its troops.", "2022-03-01");
        EventMention m = found.get(0);
        assertEquals("DEMAND", m.type());
        // the countries are not entities of this small test, so the capitals stand for themselves
        assertEquals(List.of("Paris"), m.actors());
        assertEquals(List.of("Moscow"), m.targets());
        assertTrue(none.isEmpty());
    }

    @Test
    void rangesAndDurationsGiveTheEnd() {
        List<EventMention> found = extract("Justin Trudeau will visit Japan on May 3 for a three-day trip.", "2019-04-20");
        EventMention m = found.get(0);
        assertEquals(LocalDate.parse("2019-05-03"), m.start());
        assertEquals(LocalDate.parse("2019-05-05"), m.end());
        assertTrue(m.planned());
    }

    @Test
    void fromToRangeGivesStartAndEnd() {
        List<EventMention> found = extract("Gordon Brown will visit Kenya from May 12 to 14.", "2008-05-01");
        EventMention m = found.get(0);
        assertEquals(LocalDate.parse("2008-05-12"), m.start());
        assertEquals(LocalDate.parse("2008-05-14"), m.end());
    }
}
