package io.storyline.events.coding;

import io.storyline.nlp.DependencyTree;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.storyline.events.coding.ConlluTrees.tree;
import static io.storyline.events.coding.ConlluTrees.word;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ArgumentFinderTest {
    private static final ArgumentFinder FINDER = new ArgumentFinder();

    private static List<String> words(DependencyTree t, List<Integer> indexes) {
        return indexes.stream().map(i -> t.node(i).text()).toList();
    }

    @Test
    void theSecondOfTwoCoordinatedVerbsKeepsTheSubject() {
        DependencyTree t = tree("""
                1 Police police NOUN 2 nsubj
                2 raided raid VERB 0 root
                3 the the DET 4 det
                4 office office NOUN 2 obj
                5 and and CCONJ 6 cc
                6 arrested arrest VERB 2 conj
                7 two two NUM 8 nummod
                8 editors editor NOUN 6 obj
                """);
        Arguments a = FINDER.find(t, word(t, "arrested"));
        assertEquals(List.of("Police"), words(t, a.actors()));
        assertEquals(List.of("editors"), words(t, a.targets()));
    }

    @Test
    void thePassiveByPhraseActsOnThePassiveSubject() {
        DependencyTree t = tree("""
                1 Activists activist NOUN 3 nsubj:pass
                2 were be AUX 3 aux:pass
                3 detained detain VERB 0 root
                4 by by ADP 6 case
                5 Russian Russian ADJ 6 amod
                6 police police NOUN 3 obl:agent
                """);
        Arguments a = FINDER.find(t, word(t, "detained"));
        assertEquals(List.of("police"), words(t, a.actors()));
        assertEquals(List.of("Activists"), words(t, a.targets()));
    }

    @Test
    void aRelativeClauseActsThroughTheNounItModifies() {
        DependencyTree t = tree("""
                1 Rebels rebel NOUN 5 nsubj
                2 , , PUNCT 4 punct
                3 who who PRON 4 nsubj
                4 attacked attack VERB 1 acl:relcl
                5 fled flee VERB 0 root
                """);
        assertEquals(List.of("Rebels"), words(t, FINDER.find(t, word(t, "attacked")).actors()));
    }

    @Test
    void controlVerbsGiveTheirComplementAnActor() {
        DependencyTree agreed = tree("""
                1 Germany Germany PROPN 2 nsubj
                2 agreed agree VERB 0 root
                3 to to PART 4 mark
                4 pay pay VERB 2 xcomp
                5 compensation compensation NOUN 4 obj
                """);
        assertEquals(List.of("Germany"), words(agreed, FINDER.find(agreed, word(agreed, "pay")).actors()));
        DependencyTree ordered = tree("""
                1 The the DET 2 det
                2 court court NOUN 3 nsubj
                3 ordered order VERB 0 root
                4 La La PROPN 5 compound
                5 Prensa Prensa PROPN 3 obj
                6 to to PART 7 mark
                7 suspend suspend VERB 3 xcomp
                8 publication publication NOUN 7 obj
                """);
        Arguments order = FINDER.find(ordered, word(ordered, "ordered"));
        assertEquals(List.of("court"), words(ordered, order.actors()));
        assertEquals(List.of("Prensa"), words(ordered, order.targets()), "the one ordered is the target, not the actor");
        assertEquals(List.of("Prensa"), words(ordered, FINDER.find(ordered, word(ordered, "suspend")).actors()));
    }

    @Test
    void coordinatedSubjectsAreAllActorsAndAPartnerIsTheTarget() {
        DependencyTree t = tree("""
                1 Russia Russia PROPN 4 nsubj
                2 and and CCONJ 3 cc
                3 China China PROPN 1 conj
                4 met meet VERB 0 root
                5 with with ADP 6 case
                6 Iran Iran PROPN 4 obl
                7 in in ADP 8 case
                8 Tehran Tehran PROPN 4 obl
                """);
        Arguments a = FINDER.find(t, word(t, "met"));
        assertEquals(List.of("Russia", "China"), words(t, a.actors()));
        assertEquals(List.of("Iran"), words(t, a.targets()));
        assertEquals(List.of("with", "in"), a.obliques().stream().map(Arguments.Oblique::preposition).toList());
    }

    @Test
    void theDatelinePlaceIsNoSubject() {
        DependencyTree t = tree("""
                1 SEOUL Seoul PROPN 7 nsubj
                2 ( ( PUNCT 3 punct
                3 Reuters Reuters PROPN 1 appos
                4 ) ) PUNCT 3 punct
                5 – – PUNCT 7 punct
                6 Stoltenberg Stoltenberg PROPN 7 nsubj
                7 arrived arrive VERB 0 root
                8 in in ADP 9 case
                9 Seoul Seoul PROPN 7 obl
                """);
        Arguments a = FINDER.find(t, word(t, "arrived"));
        assertEquals(List.of("Stoltenberg"), words(t, a.actors()));
    }

    @Test
    void aDayIsWhenNotWhom() {
        DependencyTree t = tree("""
                1 Stoltenberg Stoltenberg PROPN 2 nsubj
                2 arrived arrive VERB 0 root
                3 on on ADP 4 case
                4 Sunday Sunday PROPN 2 obl
                """);
        Arguments a = FINDER.find(t, word(t, "arrived"));
        assertEquals(List.of(), words(t, a.targets()));
    }

    @Test
    void aSubjectTheParserHungOnTheAuxiliaryIsTheVerbs() {
        DependencyTree t = tree("""
                1 I I PRON 2 nsubj
                2 have have VERB 3 aux
                3 invited invite VERB 0 root
                4 the the DET 5 det
                5 leaders leader NOUN 3 obj
                """);
        assertEquals(List.of("I"), words(t, FINDER.find(t, word(t, "invited")).actors()));
    }

    @Test
    void anInfinitiveOfIntentionSharesTheMainSubject() {
        DependencyTree t = tree("""
                1 The the DET 2 det
                2 chief chief NOUN 3 nsubj
                3 expressed express VERB 0 root
                4 his his PRON 5 nmod:poss
                5 intention intention NOUN 3 obj
                6 to to PART 7 mark
                7 invite invite VERB 3 advcl
                8 Yoon Yoon PROPN 7 obj
                """);
        assertEquals(List.of("chief"), words(t, FINDER.find(t, word(t, "invite")).actors()));
    }

    @Test
    void theForNounOfAnInfinitiveIsItsSubject() {
        DependencyTree t = tree("""
                1 the the DET 3 det
                2 first first ADJ 3 amod
                3 time time NOUN 0 root
                4 for for ADP 5 case
                5 president president NOUN 3 nmod
                6 to to PART 7 mark
                7 attend attend VERB 5 acl
                8 summit summit NOUN 7 obj
                """);
        assertEquals(List.of("president"), words(t, FINDER.find(t, word(t, "attend")).actors()));
    }

    @Test
    void theForNounOfAnAdverbialInfinitiveIsItsSubjectNotTheCaller() {
        DependencyTree t = tree("""
                1 Peres Peres PROPN 2 nsubj
                2 called call VERB 0 root
                3 for for ADP 4 case
                4 Netanyahu Netanyahu PROPN 2 obl
                5 to to PART 6 mark
                6 resign resign VERB 2 advcl
                """);
        assertEquals(List.of("Netanyahu"), words(t, FINDER.find(t, word(t, "resign")).actors()));
    }

    @Test
    void aProgressiveVerbIsActiveWhateverTheParserLabelsItsSubject() {
        DependencyTree t = tree("""
                1 the the DET 2 det
                2 presidency presidency NOUN 4 nsubj:pass
                3 is be AUX 4 aux:pass
                4 proposing propose VERB 0 root
                5 cuts cut NOUN 4 obj
                """);
        Arguments found = FINDER.find(t, word(t, "proposing"));
        assertEquals(List.of("presidency"), words(t, found.actors()));
        assertEquals(List.of("cuts"), words(t, found.targets()));
    }

    @Test
    void theSpeakerOutsideAQuoteDoesNotDoWhatTheQuoteTells() {
        DependencyTree t = tree("""
                1 “ “ PUNCT 3 punct
                2 By by SCONJ 3 mark
                3 establishing establish VERB 8 advcl
                4 a a DET 5 det
                5 mission mission NOUN 3 obj
                6 ” ” PUNCT 3 punct
                7 Kim Kim PROPN 8 nsubj
                8 stated state VERB 0 root
                """);
        assertEquals(List.of(), FINDER.find(t, word(t, "establishing")).actors());
    }

    @Test
    void theObjectsPhraseOrTheVerbsNamesWhomTheEventIsFor() {
        DependencyTree t = tree("""
                1 Seoul Seoul PROPN 2 nsubj
                2 set set VERB 0 root
                3 up up ADP 2 compound:prt
                4 a a DET 5 det
                5 mission mission NOUN 2 obj
                6 to to ADP 8 case
                7 NATO NATO PROPN 8 compound
                8 headquarters headquarters NOUN 2 obl
                """);
        assertEquals(List.of("headquarters"), words(t, FINDER.phraseTargets(t, word(t, "set"))));
    }
}
