package io.storyline.events;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class EventMergerTest {
    private static EventMention visit(String article, String source, String place, String start, String end,
                                      boolean planned) {
        return new EventMention(article, source, "Outlet " + article, "CONSULT", "visit", planned, List.of("p1"),
                List.of(), place, start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                start, end, start != null, LocalDate.parse("2020-03-01"), List.of(),
                new EventEvidence(article, 0, 10, "sentence of " + article, "visited", planned ? "planned" : "happened",
                        start, "test"), 0.9);
    }

    private static final Function<String, String> NAMES = Function.identity();

    @Test
    void aCopyAddsEvidenceButNotASource() {
        List<Event> events = new EventMerger().merge(List.of(
                visit("a", "a", "Lima", "2020-02-27", "2020-02-27", false),
                visit("b", "a", "Lima", "2020-02-27", "2020-02-27", false)), NAMES);
        assertEquals(1, events.size());
        assertEquals(2, events.get(0).evidence().size());
        assertEquals(1, events.get(0).sources().size());
        assertEquals(List.of("a", "b"), events.get(0).sources().get(0).articles());
    }

    @Test
    void independentReportsOfOneVisitAreTwoSources() {
        List<Event> events = new EventMerger().merge(List.of(
                visit("a", "a", "Lima", "2020-02-27", "2020-02-28", false),
                visit("c", "c", "Lima", "2020-02-28", "2020-02-28", false)), NAMES);
        assertEquals(1, events.size());
        assertEquals(2, events.get(0).sources().size());
        assertNull(events.get(0).disputed());
    }

    @Test
    void sourcesDisagreeingOnTheDayMakeADispute() {
        List<Event> events = new EventMerger().merge(List.of(
                visit("a", "a", "Lima", "2020-02-23", "2020-02-23", false),
                visit("c", "c", "Lima", "2020-02-27", "2020-02-27", true)), NAMES);
        assertEquals(1, events.size());
        Event e = events.get(0);
        assertEquals("2020-02-23", e.start(), "what happened wins over what was planned");
        assertNotNull(e.disputed());
        assertEquals(2, e.disputed().get("date").size());
    }

    @Test
    void differentPlacesAreDifferentVisits() {
        List<Event> events = new EventMerger().merge(List.of(
                visit("a", "a", "Lima", "2020-02-27", "2020-02-27", false),
                visit("a", "a", "Quito", "2020-02-28", "2020-02-28", false)), NAMES);
        assertEquals(2, events.size());
    }

    @Test
    void anActorAndATypeAloneDoNotJoinReportsOfDifferentArticles() {
        List<Event> events = new EventMerger().merge(List.of(
                visit("a", "a", null, "2020-02-27", "2020-02-27", false),
                visit("c", "c", null, null, null, true)), NAMES);
        assertEquals(2, events.size());
    }

    @Test
    void anUndatedPlanJoinsTheVisitItAnnounced() {
        List<Event> events = new EventMerger().merge(List.of(
                visit("a", "a", "Lima", "2020-02-27", "2020-02-27", false),
                visit("c", "c", "Lima", null, null, true)), NAMES);
        assertEquals(1, events.size());
        assertEquals("happened", events.get(0).status());
    }

    private static EventMention told(String article, String mode, String story, String start, boolean planned) {
        return new EventMention(article, article, "Outlet " + article, "CONSULT", mode, planned, List.of("p1"),
                List.of(), null, start == null ? null : LocalDate.parse(start), start == null ? null : LocalDate.parse(start),
                start, start, start != null, LocalDate.parse("2020-03-01"), List.of(),
                new EventEvidence(article, 0, 10, "sentence of " + article, "met", planned ? "planned" : "happened",
                        start, "test"), 0.9, null, null, null, null, false, List.of(), List.of(), story);
    }

    @Test
    void differentlyWordedReportsOfOneStoryMerge() {
        List<Event> events = new EventMerger().merge(List.of(told("a", "meet", "s1", null, false),
                told("b", null, "s1", null, false)), NAMES);
        assertEquals(1, events.size());
        assertEquals(2, events.get(0).sources().size());
    }

    @Test
    void differentlyWordedReportsOfDifferentStoriesStayApart() {
        assertEquals(2, new EventMerger().merge(List.of(told("a", "meet", "s1", null, false),
                told("b", null, "s2", null, false)), NAMES).size());
    }

    @Test
    void aPlanAnnouncedBeforeItsDateMergesWithTheDatedReport() {
        List<Event> events = new EventMerger().merge(List.of(told("a", "meet", "s1", "2020-03-06", true),
                told("b", "meet", "s1", null, true)), NAMES);
        assertEquals(1, events.size());
        assertEquals("2020-03-06", events.get(0).start());
    }

    @Test
    void actorsWithoutAnEntityKeepTheirNames() {
        EventMention gunmen = new EventMention("a", "a", "Outlet", "ASSAULT", null, false, List.of(), List.of(), null,
                null, null, null, null, false, LocalDate.parse("2020-03-01"), List.of(),
                new EventEvidence("a", 0, 10, "Gunmen killed two soldiers.", "killed", "happened", null, "test"), 0.6,
                null, "UAF", null, "MIL", false, List.of("Gunmen"), List.of("two soldiers"), null);
        Event e = new EventMerger().merge(List.of(gunmen), NAMES).get(0);
        assertEquals(List.of("Gunmen"), e.actorNames());
        assertEquals(List.of("two soldiers"), e.targetNames());
    }
    @Test
    void aMentionWithoutPlaceDoesNotBridgeTwoPlaces() {
        // "arrived on Friday" (no place) first, then "in Lima on Friday" and "to Quito on Saturday" of one source
        List<Event> events = new EventMerger().merge(List.of(
                visit("a", "a", null, "2020-02-27", "2020-02-27", false),
                visit("a", "a", "Lima", "2020-02-27", "2020-02-27", false),
                visit("a", "a", "Quito", "2020-02-28", "2020-02-28", false)), NAMES);
        assertEquals(2, events.size(), events.toString());
    }

    @Test
    void oneSourceStatingDifferentDaysTellsTwoEvents() {
        List<Event> events = new EventMerger().merge(List.of(
                visit("a", "a", "Lima", "2020-02-27", "2020-02-27", false),
                visit("a", "a", null, "2020-02-24", "2020-02-24", false)), NAMES);
        assertEquals(2, events.size());
    }

    @Test
    void reportsYearsApartInOneStoryStayApart() {
        List<Event> events = new EventMerger().merge(List.of(told("a", "meet", "s1", "2019-06-29", false),
                told("b", "meet", "s1", "2020-03-01", false)), NAMES);
        assertEquals(2, events.size());
    }

    private static EventMention meeting(String article, List<String> actors, String trigger, int sentence) {
        return new EventMention(article, article, "Outlet", "CONSULT", "meet", false, actors, List.of(), null, null,
                null, null, null, false, LocalDate.parse("2020-03-01"), List.of(),
                new EventEvidence(article, sentence * 100, sentence * 100 + 90, "sentence " + sentence + " of " + article,
                        trigger, "happened", null, "test"), 0.7);
    }

    @Test
    void aMentionCodedTwiceAlikeIsOnePieceOfEvidence() {
        EventMention once = meeting("a", List.of("p1"), "met", 0);
        List<Event> events = new EventMerger().merge(List.of(once, once), NAMES);
        assertEquals(1, events.size());
        assertEquals(1, events.get(0).evidence().size());
    }

    @Test
    void mentionsNamingNoPartyInOneArticleAreOneEvent() {
        List<Event> events = new EventMerger().merge(List.of(meeting("a", List.of(), "meeting", 1),
                meeting("a", List.of(), "meeting", 2)), NAMES);
        assertEquals(1, events.size());
        assertEquals(2, events.get(0).evidence().size());
    }

    @Test
    void aMentionNamingNoPartyIsItsArticlesOnlyEventOfThatType() {
        // "The meeting will take place on a ship." before "Mobutu and Kabila will meet Friday."
        List<Event> events = new EventMerger().merge(List.of(meeting("a", List.of(), "meeting", 3),
                meeting("a", List.of("mobutu", "kabila"), "meet", 4)), NAMES);
        assertEquals(1, events.size(), events.toString());
        assertEquals(List.of("mobutu", "kabila"), events.get(0).actors());
        assertEquals(2, events.get(0).evidence().size());
    }

    @Test
    void aMentionNamingNoPartyStaysApartWhenItsArticleTellsTwoSuchEvents() {
        List<Event> events = new EventMerger().merge(List.of(meeting("a", List.of("blinken", "wang"), "met", 5),
                meeting("a", List.of("macron", "scholz"), "met", 6), meeting("a", List.of(), "meeting", 7)), NAMES);
        assertEquals(3, events.size());
    }

    @Test
    void mentionsNamingNoPartyInDifferentArticlesStayApart() {
        List<Event> events = new EventMerger().merge(List.of(meeting("a", List.of(), "meeting", 8),
                meeting("b", List.of(), "meeting", 9), meeting("b", List.of("p1"), "met", 10)), NAMES);
        assertEquals(2, events.size());
        assertEquals(List.of(1, 2), events.stream().map(e -> e.evidence().size()).sorted().toList());
    }
}
