package io.storyline.events.coding;

import io.storyline.nlp.DependencyTree;
import org.junit.jupiter.api.Test;

import static io.storyline.events.coding.ConlluTrees.tree;
import static io.storyline.events.coding.ConlluTrees.word;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ModalityReaderTest {
    private static final ModalityReader READER = ModalityReader.standard();

    private static EventStatus status(String conllu, String verb) {
        DependencyTree t = tree(conllu);
        return READER.read(t, word(t, verb)).status();
    }

    @Test
    void didNotIsNegated() {
        assertEquals(EventStatus.NEGATED, status("""
                1 Japan Japan PROPN 4 nsubj
                2 did do AUX 4 aux
                3 not not PART 4 advmod
                4 attend attend VERB 0 root
                """, "attend"));
    }

    @Test
    void refusedToAndDeniedThatNegateTheirComplement() {
        assertEquals(EventStatus.NEGATED, status("""
                1 Iran Iran PROPN 2 nsubj
                2 refused refuse VERB 0 root
                3 to to PART 4 mark
                4 release release VERB 2 xcomp
                5 them they PRON 4 obj
                """, "release"));
        assertEquals(EventStatus.NEGATED, status("""
                1 Moscow Moscow PROPN 2 nsubj
                2 denied deny VERB 0 root
                3 that that SCONJ 5 mark
                4 it it PRON 5 nsubj
                5 attacked attack VERB 2 ccomp
                """, "attacked"));
    }

    @Test
    void willAndIsExpectedToArePlans() {
        assertEquals(EventStatus.PLANNED, status("""
                1 He he PRON 3 nsubj
                2 will will AUX 3 aux
                3 visit visit VERB 0 root
                4 Seoul Seoul PROPN 3 obj
                """, "visit"));
        assertEquals(EventStatus.PLANNED, status("""
                1 He he PRON 3 nsubj:pass
                2 is be AUX 3 aux:pass
                3 expected expect VERB 0 root
                4 to to PART 5 mark
                5 visit visit VERB 3 xcomp
                """, "visit"));
    }

    @Test
    void aNegatedPlanIsNegatedAndAPastReportHappened() {
        assertEquals(EventStatus.NEGATED, status("""
                1 He he PRON 4 nsubj
                2 will will AUX 4 aux
                3 not not PART 4 advmod
                4 attend attend VERB 0 root
                """, "attend"));
        assertEquals(EventStatus.HAPPENED, status("""
                1 He he PRON 2 nsubj
                2 visited visit VERB 0 root
                3 Seoul Seoul PROPN 2 obj
                """, "visited"));
    }

    @Test
    void anInfinitiveDescribingANounIsToComeUnlessItsClauseIsPast() {
        String present = """
                1 It it PRON 4 nsubj
                2 is be AUX 4 cop
                3 the the DET 4 det
                4 time time NOUN 0 root
                5 for for ADP 6 case
                6 president president NOUN 4 nmod
                7 to to PART 8 mark
                8 attend attend VERB 6 acl
                """;
        assertEquals(EventStatus.PLANNED, status(present, "attend"));
        assertEquals(EventStatus.HAPPENED, status(present.replace(" is be AUX", " was be AUX"), "attend"));
    }

    @Test
    void whatSomeoneIsInvitedToDoIsPlanned() {
        assertEquals(EventStatus.PLANNED, status("""
                1 NATO NATO PROPN 2 nsubj
                2 invited invite VERB 0 root
                3 Yoon Yoon PROPN 2 obj
                4 to to PART 5 mark
                5 attend attend VERB 2 xcomp
                6 summit summit NOUN 5 obj
                """, "attend"));
    }

    @Test
    void whatSomeoneIsUrgedOrCalledOnToDoHasNotHappened() {
        assertEquals(EventStatus.HYPOTHETICAL, status("""
                1 Peres Peres PROPN 2 nsubj
                2 called call VERB 0 root
                3 for for ADP 4 case
                4 Netanyahu Netanyahu PROPN 2 obl
                5 to to PART 6 mark
                6 resign resign VERB 2 advcl
                """, "resign"));
        assertEquals(EventStatus.HYPOTHETICAL, status("""
                1 UN UN PROPN 2 nsubj
                2 urged urge VERB 0 root
                3 Israel Israel PROPN 2 obj
                4 to to PART 5 mark
                5 withdraw withdraw VERB 2 xcomp
                """, "withdraw"));
    }
}
