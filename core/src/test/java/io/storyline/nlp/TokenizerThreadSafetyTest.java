package io.storyline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenizerThreadSafetyTest {
    @Test
    void oneSplitterServesManyThreadsAlike() {
        SentenceSplitter shared = new SentenceSplitter();
        List<String> texts = IntStream.range(0, 64).mapToObj(i -> "Mr. Lee Jong-Sup, No. " + i
                + ", said: “We don't know.”\nThe U.S. team left at 3 p.m. It rained.").toList();
        List<List<Sentence>> expected = texts.stream().map(t -> new SentenceSplitter().split(t)).toList();
        List<List<Sentence>> parallel = texts.parallelStream().map(shared::split).toList();
        assertEquals(expected, parallel);
    }
}
