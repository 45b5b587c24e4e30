package io.storyline.events.coding;

import io.storyline.events.PloverType;
import io.storyline.nlp.DependencyTree;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.storyline.events.coding.ConlluTrees.tree;
import static io.storyline.events.coding.ConlluTrees.word;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PredicateMatcherTest {
    private static final PredicateMatcher MATCHER = new PredicateMatcher(VerbDictionary.standard());

    private static Optional<CodedPredicate> code(DependencyTree tree, String verb) {
        return MATCHER.match(tree, word(tree, verb));
    }

    @Test
    void releasingPrisonersIsARetreatReleaseByItsPattern() {
        DependencyTree t = tree("""
                1 Rebels rebel NOUN 2 nsubj
                2 released release VERB 0 root
                3 the the DET 4 det
                4 prisoners prisoner NOUN 2 obj
                """);
        CodedPredicate p = code(t, "released").orElseThrow();
        assertEquals(PloverType.RETREAT, p.coding().type());
        assertEquals("release", p.coding().mode());
        assertEquals("0841", p.coding().cameo());
        assertTrue(p.why().contains("pattern '* &hostage'"), p.why());
    }

    @Test
    void releasingAReportIsNoEvent() {
        DependencyTree t = tree("""
                1 The the DET 2 det
                2 ministry ministry NOUN 3 nsubj
                3 released release VERB 0 root
                4 a a DET 5 det
                5 report report NOUN 3 obj
                """);
        assertTrue(code(t, "released").isEmpty());
    }

    @Test
    void thePassiveSubjectIsWhatThePatternSeesAsTheObject() {
        DependencyTree t = tree("""
                1 Hostages hostage NOUN 3 nsubj:pass
                2 were be AUX 3 aux:pass
                3 freed free VERB 0 root
                4 by by ADP 5 case
                5 gunmen gunman NOUN 3 obl:agent
                """);
        assertEquals("0841", code(t, "freed").orElseThrow().coding().cameo());
    }

    @Test
    void aParticleVerbIsCodedApartFromItsBareVerb() {
        DependencyTree t = tree("""
                1 Israel Israel PROPN 2 nsubj
                2 called call VERB 0 root
                3 off off ADP 2 compound:prt
                4 the the DET 5 det
                5 talks talk NOUN 2 obj
                """);
        assertEquals(PloverType.SANCTION, code(t, "called").orElseThrow().coding().type());
    }

    @Test
    void verbsCameoLacksComeFromStorylinesOwnEntries() {
        DependencyTree t = tree("""
                1 Troops troop NOUN 2 nsubj
                2 fired fire VERB 0 root
                3 at at ADP 4 case
                4 protesters protester NOUN 2 obl
                """);
        assertEquals("fire at", code(t, "fired").orElseThrow().entry().words());
        DependencyTree probe = tree("""
                1 Prosecutors prosecutor NOUN 2 nsubj
                2 launched launch VERB 0 root
                3 an a DET 4 det
                4 investigation investigation NOUN 2 obj
                """);
        assertEquals(PloverType.INVESTIGATE, code(probe, "launched").orElseThrow().coding().type());
    }

    @Test
    void aNounOrAReportingVerbIsNoEvent() {
        DependencyTree t = tree("""
                1 He he PRON 2 nsubj
                2 said say VERB 0 root
                3 the the DET 4 det
                4 visit visit NOUN 2 obj
                """);
        DependencyTree statement = tree("""
                1 He he PRON 2 nsubj
                2 said say VERB 0 root
                3 nothing nothing PRON 2 obj
                """);
        assertTrue(code(statement, "said").isEmpty(), "CAMEO 01 statements are dropped by PLOVER");
        assertTrue(code(t, "visit").isEmpty(), "a noun is not coded as a verb");
    }

    @Test
    void everyPloverTypeIsReachableFromTheDictionary() {
        var reached = VerbDictionary.standard().codings().stream().filter(PloverCoding::isEvent)
                .map(PloverCoding::type).collect(java.util.stream.Collectors.toSet());
        List<PloverType> missing = java.util.Arrays.stream(PloverType.values()).filter(t -> !reached.contains(t)).toList();
        assertTrue(missing.isEmpty(), "no verb codes to " + missing);
    }
}
