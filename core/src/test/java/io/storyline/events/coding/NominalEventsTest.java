package io.storyline.events.coding;

import io.storyline.events.PloverType;
import io.storyline.nlp.DependencyTree;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.storyline.events.coding.ConlluTrees.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NominalEventsTest {
    @Test
    void announcedSanctionsAreTheAnnouncersSanctionsAgainstTheTarget() {
        DependencyTree t = tree("""
                1 Seoul Seoul PROPN 2 nsubj
                2 announced announce VERB 0 root
                3 new new ADJ 4 amod
                4 sanctions sanction NOUN 2 obj
                5 against against ADP 6 case
                6 Moscow Moscow PROPN 4 nmod
                """);
        List<NominalEvents.Nominal> found = NominalEvents.standard().find(t, new ArgumentFinder());
        assertEquals(1, found.size());
        assertEquals(PloverType.SANCTION, found.get(0).coding().type());
        assertEquals(List.of(0), found.get(0).arguments().actors());
        assertEquals(List.of(5), found.get(0).arguments().targets());
    }
}
