package io.storyline.nlp.ner;

import io.storyline.nlp.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GazetteerTest {
    private static int[] codes(Gazetteer g, String... words) {
        TokenTable table = new TokenTable(new CharSequence[][] {words}, g, WordClusters.empty());
        return table.gazetteerCodes;
    }

    private static int code(int codes, EntityType type) {
        return (codes >>> (3 * type.ordinal())) & 7;
    }

    @Test
    void marksTheLongestMatchWithItsBilouPosition() {
        Gazetteer g = new Gazetteer();
        g.add(EntityType.ORG, List.of("Bank", "of", "England"));
        g.add(EntityType.LOC, List.of("England"));
        int[] c = codes(g, "the", "Bank", "of", "England", "said");
        assertEquals(0, code(c[0], EntityType.ORG));
        assertEquals(1 + Bilou.B, code(c[1], EntityType.ORG));
        assertEquals(1 + Bilou.I, code(c[2], EntityType.ORG));
        assertEquals(1 + Bilou.L, code(c[3], EntityType.ORG));
        assertEquals(1 + Bilou.U, code(c[3], EntityType.LOC));
    }

    @Test
    void ignoresCaseButNeverMatchesALowerCaseWord() {
        Gazetteer g = new Gazetteer();
        g.add(EntityType.LOC, List.of("US"));
        assertEquals(1 + Bilou.U, code(codes(g, "TALKS", "IN", "US")[2], EntityType.LOC));
        assertEquals(0, code(codes(g, "let", "us", "go")[1], EntityType.LOC));
    }
}
