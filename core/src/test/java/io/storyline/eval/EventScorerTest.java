package io.storyline.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EventScorerTest {
    private static final String A = "a.tml";
    private static final String B = "b.tml";
    private static final String TEXT_A = "Police arrested ten protesters on Monday. The minister visited Paris. Rebels shelled the town.";
    private static final String TEXT_B = "Ten protesters were held by police in the capital. Crowds gathered.";

    private static GoldEvent gold(String article, String sentence, String trigger, PloverCategory type,
                                  String actor, boolean headline, String happening, String status) {
        return new GoldEvent(article, "dev", sentence, trigger, type, null, actor == null ? List.of() : List.of(actor),
                null, null, List.of(), null, null, status, headline, happening);
    }

    private static SystemMention mention(String event, String article, String text, String sentence, String trigger,
                                         String type, String... actors) {
        int start = text.indexOf(sentence);
        return new SystemMention(event, article, start, start + sentence.length(), sentence, trigger, type,
                List.of(actors));
    }

    private static final GoldEvent ARREST_A = gold(A, "Police arrested ten protesters on Monday.", "arrested",
            PloverCategory.COERCE, "Police", true, "arrests", "happened");
    private static final GoldEvent VISIT_A = gold(A, "The minister visited Paris.", "visited", PloverCategory.CONSULT,
            "The minister / Jean Dupont", false, null, "happened");
    private static final GoldEvent SHELL_A = gold(A, "Rebels shelled the town.", "shelled", PloverCategory.ASSAULT,
            "Rebels", false, null, "happened");
    private static final GoldEvent ARREST_B = gold(B, "Ten protesters were held by police in the capital.", "held",
            PloverCategory.COERCE, "police", true, "arrests", "happened");

    private static final Map<String, String> TEXTS = Map.of(A, TEXT_A, B, TEXT_B);

    @Test
    void aMissedHeadlineEventLowersHeadlineRecall() {
        var found = EventScorer.score(List.of(ARREST_A, VISIT_A, ARREST_B), List.of(
                mention("e1", A, TEXT_A, "Police arrested ten protesters on Monday.", "arrested", "COERCE", "Police"),
                mention("e2", A, TEXT_A, "The minister visited Paris.", "visited", "CONSULT", "Jean Dupont")), TEXTS);
        Map<String, Object> scores = found.scores();
        assertEquals(0.5, scores.get("headline_event_recall"));
        assertEquals(0.6667, scores.get("all_event_recall"));
        assertEquals(1.0, scores.get("precision"));
        assertEquals(List.of(ARREST_B), found.missedGold());
    }

    /** The arrests told by both articles, coded as system event {@code inA} in A and {@code inB} in B. */
    private static EventScorer.Result arrestsCodedAs(String inA, String inB) {
        return EventScorer.score(List.of(ARREST_A, ARREST_B), List.of(
                mention(inA, A, TEXT_A, "Police arrested ten protesters on Monday.", "arrested", "COERCE", "Police"),
                mention(inB, B, TEXT_B, "Ten protesters were held by police in the capital.", "held", "COERCE",
                        "Police")), TEXTS);
    }

    @Test
    void twoSentencesOfOneHappeningInTwoArticlesMergedIntoOneEventCountAsAMerge() {
        var merged = arrestsCodedAs("e1", "e1");
        assertEquals(1.0, merged.scores().get("cross_source_merge"));
        assertEquals(1L, merged.scores().get("system_events"));
    }

    @Test
    void theSameHappeningLeftAsTwoEventsIsNoMerge() {
        var apart = arrestsCodedAs("e1", "e2");
        assertEquals(0.0, apart.scores().get("cross_source_merge"));
        assertEquals(1.0, apart.scores().get("all_event_recall"));
    }

    @Test
    void aSystemEventInASentenceWithoutGoldEventsLowersPrecision() {
        var result = EventScorer.score(List.of(ARREST_A), List.of(
                mention("e1", A, TEXT_A, "Police arrested ten protesters on Monday.", "arrested", "COERCE", "Police"),
                mention("e2", A, TEXT_A, "The minister visited Paris.", "visited", "CONSULT", "Jean Dupont")),
                Map.of(A, TEXT_A));
        assertEquals(0.5, result.scores().get("precision"));
        assertEquals("The minister visited Paris.", result.unpairedSystem().get(0).sentence());
    }

    @Test
    void aMatchOfTheWrongTypeCountsForRecallButNotForTypeAccuracy() {
        var result = EventScorer.score(List.of(SHELL_A), List.of(
                mention("e1", A, TEXT_A, "Rebels shelled the town.", "shelled", "COERCE", "Rebels")), TEXTS);
        assertEquals(1.0, result.scores().get("all_event_recall"));
        assertEquals(0.0, result.scores().get("type_accuracy"));
    }

    @Test
    void legacyDisapproveIsScoredAsTheManualsAccuse() {
        GoldEvent criticism = gold(A, "The minister visited Paris.", "visited", PloverCategory.ACCUSE, "The minister",
                false, null, "happened");
        var result = EventScorer.score(List.of(criticism), List.of(
                mention("e1", A, TEXT_A, "The minister visited Paris.", "visited", "DISAPPROVE", "minister")), TEXTS);
        assertEquals(1.0, result.scores().get("type_accuracy"));
    }

    @Test
    void aSurnameOrAnAliasOfTheSystemActorMatchesTheGoldActor() {
        var surname = EventScorer.score(List.of(VISIT_A), List.of(
                mention("e1", A, TEXT_A, "The minister visited Paris.", "visited", "CONSULT", "Dupont")), TEXTS);
        assertEquals(1.0, surname.scores().get("actor_accuracy"));
        var wrong = EventScorer.score(List.of(VISIT_A), List.of(
                mention("e1", A, TEXT_A, "The minister visited Paris.", "visited", "CONSULT", "Paris")), TEXTS);
        assertEquals(0.0, wrong.scores().get("actor_accuracy"));
    }

    @Test
    void oneSystemMentionPairsWithOneGoldEventOnlyPreferringTheSameType() {
        GoldEvent attack = gold(A, "Police arrested ten protesters on Monday.", "protesters", PloverCategory.PROTEST,
                "protesters", false, null, "happened");
        var result = EventScorer.score(List.of(attack, ARREST_A), List.of(
                mention("e1", A, TEXT_A, "Police arrested ten protesters on Monday.", "arrested", "COERCE", "Police")),
                TEXTS);
        assertEquals(ARREST_A, result.pairs().get(0).gold());
        assertEquals(List.of(attack), result.missedGold());
    }

    @Test
    void aNegatedGoldEventIsNotToBeFoundAndAnEventOnItIsWrong() {
        GoldEvent negated = gold(A, "The minister visited Paris.", "visited", PloverCategory.CONSULT, "The minister",
                false, null, "negated");
        var result = EventScorer.score(List.of(negated), List.of(
                mention("e1", A, TEXT_A, "The minister visited Paris.", "visited", "CONSULT", "minister")), TEXTS);
        assertNull(result.scores().get("all_event_recall"));
        assertEquals(0.0, result.scores().get("precision"));
    }

    @Test
    void goldSentencesAreFoundDespiteCollapsedSpaceAndCurlyQuotes() {
        String stored = "He said \u201cwe will meet\u201d on Friday.  Then he left.";
        GoldEvent meet = gold(A, "He said \"we will  meet\" on Friday.", "meet", PloverCategory.CONSULT, "He", false,
                null, "planned");
        var result = EventScorer.score(List.of(meet), List.of(
                mention("e1", A, stored, "He said \u201cwe will meet\u201d on Friday.", "meet", "CONSULT", "He")),
                Map.of(A, stored));
        assertEquals(1, result.pairs().size());
    }

    @Test
    void anArticleThatWasNotStoredKeepsItsGoldEventsMissed() {
        var result = EventScorer.score(List.of(ARREST_A), List.of(), Map.of());
        assertEquals(0.0, result.scores().get("all_event_recall"));
        assertNull(result.scores().get("precision"));
    }
}
