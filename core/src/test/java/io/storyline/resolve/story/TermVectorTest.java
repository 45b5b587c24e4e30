package io.storyline.resolve.story;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermVectorTest {

    @Test
    void wordsAreStemmedStopWordsAndNumbersDropped() {
        try (TermCounter counter = new TermCounter()) {
            Map<String, Integer> counts = counter.count("The talks resumed; talk of 2006 and the 72-hour break.");
            assertEquals(2, counts.get("talk"));
            assertTrue(!counts.containsKey("the") && !counts.containsKey("2006") && !counts.containsKey("72"),
                    counts.toString());
        }
    }

    @Test
    void onlyTheHeaviestTermsAreKeptWithUnitLength() {
        TermVector v = TermVector.of(Map.of("durian", 3, "typhoon", 2, "said", 5), t -> t.equals("said") ? 0.01 : 2,
                2);
        assertEquals(List.of("durian", "typhoon"), List.copyOf(v.weights().keySet()));
        assertEquals(1.0, v.cosine(v), 1e-9);
    }

    @Test
    void cosineAndReasonComeFromSharedTermsOnly() {
        TermVector a = TermVector.of(Map.of("durian", 1, "manila", 1), t -> 1, 10);
        TermVector b = TermVector.of(Map.of("durian", 1, "luzon", 1), t -> 1, 10);
        assertEquals(0.5, a.cosine(b), 1e-9);
        assertEquals(List.of("durian"), a.strongestShared(b, 3));
        assertEquals(0.0, a.cosine(TermVector.EMPTY), 1e-9);
    }
}
