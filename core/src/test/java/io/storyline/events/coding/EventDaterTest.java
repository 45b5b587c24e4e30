package io.storyline.events.coding;

import io.storyline.events.DateBasis;

import io.storyline.nlp.DependencyTree;
import io.storyline.nlp.TimeMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.storyline.events.coding.ConlluTrees.parse;
import static io.storyline.events.coding.ConlluTrees.word;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EventDaterTest {
    private static final String SENTENCE = """
            1 He he PRON 2 nsubj
            2 said say VERB 0 root
            3 on on ADP 4 case
            4 Monday Monday PROPN 2 obl
            5 they they PRON 6 nsubj
            6 met meet VERB 2 ccomp
            7 in in ADP 8 case
            8 May May PROPN 6 obl
            """;

    @Test
    void theTimeAttachedToTheVerbDatesItNotTheReportingVerbsTime() {
        ConlluTrees.Parsed p = parse(SENTENCE, 0);
        DependencyTree t = p.tree();
        List<TimeMention> times = List.of(time(p.text(), "Monday", "2024-06-03"), time(p.text(), "May", "2024-05"));
        EventDater.Dating met = new EventDater(java.util.Set.of("say", "tell")).date(t, word(t, "met"), times, "2024-06-04");
        assertEquals("2024-05", met.value());
        assertEquals(DateBasis.STATED, met.basis());
    }

    @Test
    void withoutAnAttachedTimeTheArticleDateBoundsIt() {
        ConlluTrees.Parsed p = parse(SENTENCE, 0);
        EventDater.Dating met = new EventDater(java.util.Set.of("say", "tell")).date(p.tree(), word(p.tree(), "met"),
                List.of(time(p.text(), "Monday", "2024-06-03")), "2024-06-04");
        assertEquals("2024-06-04", met.value());
        assertEquals(DateBasis.ARTICLE, met.basis());
    }

    private static TimeMention time(String text, String surface, String value) {
        int at = text.indexOf(surface);
        return new TimeMention(surface, at, at + surface.length(), "DATE", value, "test");
    }

    @Test
    void aDayAttachedToTheVerbBeatsTheYearThatContainsIt() {
        ConlluTrees.Parsed p = parse("""
                1 They they PRON 2 nsubj
                2 attend attend VERB 0 root
                3 this this DET 4 det
                4 year year NOUN 6 nmod:poss
                5 's 's PART 4 case
                6 fair fair NOUN 2 obj
                7 held hold VERB 2 acl:relcl
                8 on on ADP 9 case
                9 Friday Friday PROPN 7 obl
                """, 0);
        DependencyTree t = p.tree();
        List<TimeMention> times = List.of(time(p.text(), "this year", "2024"), time(p.text(), "Friday", "2024-06-07"));
        EventDater.Dating attend = new EventDater(java.util.Set.of("say")).date(t, word(t, "attend"), times, "2024-06-01");
        assertEquals("2024-06-07", attend.value());
    }

    @Test
    void aParticipleAfterACommaDatesTheNounBeforeIt() {
        ConlluTrees.Parsed p = parse("""
                1 She she PRON 2 nsubj
                2 hopes hope VERB 0 root
                3 to to PART 4 mark
                4 join join VERB 2 xcomp
                5 the the DET 6 det
                6 fair fair NOUN 4 obj
                7 in in ADP 8 case
                8 Lima Lima PROPN 4 obl
                9 , , PUNCT 10 punct
                10 planned plan VERB 2 advcl
                11 for for ADP 12 case
                12 Friday Friday PROPN 10 obl
                """, 0);
        DependencyTree t = p.tree();
        List<TimeMention> times = List.of(time(p.text(), "Friday", "2024-06-07"));
        EventDater.Dating join = new EventDater(java.util.Set.of("say")).date(t, word(t, "join"), times, "2024-06-01");
        assertEquals("2024-06-07", join.value());
        assertEquals(DateBasis.STATED, join.basis());
    }

    @Test
    void aClauseWithItsOwnSubjectKeepsItsTime() {
        ConlluTrees.Parsed p = parse("""
                1 She she PRON 2 nsubj
                2 hopes hope VERB 0 root
                3 to to PART 4 mark
                4 join join VERB 2 xcomp
                5 the the DET 6 det
                6 fair fair NOUN 4 obj
                7 , , PUNCT 9 punct
                8 he he PRON 9 nsubj
                9 said say VERB 2 advcl
                10 on on ADP 11 case
                11 Friday Friday PROPN 9 obl
                12 and and CCONJ 13 cc
                13 Monday Monday PROPN 11 conj
                """, 0);
        DependencyTree t = p.tree();
        List<TimeMention> times = List.of(time(p.text(), "Friday", "2024-06-07"), time(p.text(), "Monday", "2024-06-10"));
        EventDater.Dating join = new EventDater(java.util.Set.of("say")).date(t, word(t, "join"), times, "2024-06-11");
        assertEquals(DateBasis.ARTICLE, join.basis());
    }

    @Test
    void aRangeOfDaysInOneWordEndsOnItsLastDay() {
        ConlluTrees.Parsed p = parse("""
                1 The the DET 2 det
                2 fair fair NOUN 3 nsubj
                3 runs run VERB 0 root
                4 on on ADP 6 case
                5 June June PROPN 6 nmod:unmarked
                6 5-7 5-7 NUM 3 obl
                """, 0);
        DependencyTree t = p.tree();
        List<TimeMention> times = List.of(time(p.text(), "June 5-7", "2024-06-05"));
        EventDater.Dating runs = new EventDater(java.util.Set.of("say")).date(t, word(t, "runs"), times, "2024-06-01");
        assertEquals("2024-06-05", runs.value());
        assertEquals("2024-06-07", runs.end());
    }

    @Test
    void theOnlyDayOfTheSentenceDoesNotDateAnEventWhenAnotherClauseWithItsOwnSubjectHoldsIt() {
        ConlluTrees.Parsed p = parse("""
                1 I I PRON 2 nsubj
                2 invited invite VERB 0 root
                3 them they PRON 2 obj
                4 as as SCONJ 6 mark
                5 ministers minister NOUN 6 nsubj
                6 met meet VERB 2 advcl
                7 on on ADP 8 case
                8 Wednesday Wednesday PROPN 6 obl
                """, 0);
        DependencyTree t = p.tree();
        List<TimeMention> times = List.of(time(p.text(), "Wednesday", "2024-04-03"));
        EventDater dater = new EventDater(java.util.Set.of("say"));
        assertEquals(DateBasis.ARTICLE, dater.date(t, word(t, "invited"), times, "2024-04-04").basis());
        assertEquals("2024-04-03", dater.date(t, word(t, "met"), times, "2024-04-04").value());
    }
}
