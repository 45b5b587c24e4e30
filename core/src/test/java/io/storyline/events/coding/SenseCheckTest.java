package io.storyline.events.coding;

import io.storyline.nlp.DependencyTree;
import org.junit.jupiter.api.Test;

import static io.storyline.events.coding.ConlluTrees.tree;
import static io.storyline.events.coding.ConlluTrees.word;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SenseCheckTest {
    private static final PredicateMatcher MATCHER = new PredicateMatcher(VerbDictionary.standard());

    private static boolean keeps(String conllu, SenseCheck.Kinds kinds) {
        DependencyTree t = tree(conllu);
        int verb = word(t, "released");
        CodedPredicate p = MATCHER.match(t, verb).orElseThrow();
        return SenseCheck.standard().keeps(t, p, new ArgumentFinder().find(t, verb), kinds);
    }

    @Test
    void releasingANoteIsNoRelease() {
        assertFalse(keeps("""
                1 The the DET 2 det
                2 bank bank NOUN 3 nsubj
                3 released release VERB 0 root
                4 an a DET 6 det
                5 analysts analyst NOUN 6 nmod:poss
                6 note note NOUN 3 obj
                """, i -> null));
    }

    @Test
    void releasingAPersonOrARoleIsARelease() {
        assertTrue(keeps("""
                1 Iran Iran PROPN 2 nsubj
                2 released release VERB 0 root
                3 Smith Smith PROPN 2 obj
                """, i -> i == 2 ? "PERSON" : null));
        assertTrue(keeps("""
                1 Iran Iran PROPN 2 nsubj
                2 released release VERB 0 root
                3 a a DET 4 det
                4 journalist journalist NOUN 2 obj
                """, i -> null));
    }
}
