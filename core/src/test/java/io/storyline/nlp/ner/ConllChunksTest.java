package io.storyline.nlp.ner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConllChunksTest {
    private static List<ConllChunks.Chunk> chunks(String labels) {
        return ConllChunks.of(labels.split(" "));
    }

    @Test
    void readsIob1AndIob2Alike() {
        List<ConllChunks.Chunk> expected = List.of(new ConllChunks.Chunk(0, 2, "PER"), new ConllChunks.Chunk(3, 4, "LOC"));
        assertEquals(expected, chunks("B-PER I-PER O B-LOC"));
        assertEquals(expected, chunks("I-PER I-PER O I-LOC"));
    }

    @Test
    void bTagSplitsAdjacentNamesOfOneType() {
        assertEquals(List.of(new ConllChunks.Chunk(0, 1, "LOC"), new ConllChunks.Chunk(1, 3, "LOC")),
                chunks("I-LOC B-LOC I-LOC"));
    }

    @Test
    void typeChangeEndsAPhrase() {
        assertEquals(List.of(new ConllChunks.Chunk(0, 1, "ORG"), new ConllChunks.Chunk(1, 2, "PER")), chunks("B-ORG I-PER"));
    }

    @Test
    void readsBiluoTags() {
        assertEquals(List.of(new ConllChunks.Chunk(0, 2, "ORG"), new ConllChunks.Chunk(2, 3, "ORG")), chunks("B-ORG E-ORG S-ORG"));
    }

    @Test
    void scorerCountsOnlyExactPhrases() {
        ConllScorer scorer = new ConllScorer();
        scorer.add("B-PER I-PER O B-LOC".split(" "), "B-PER O O B-LOC".split(" "));
        assertEquals(0.5, scorer.precision(), 1e-9);
        assertEquals(0.5, scorer.recall(), 1e-9);
        assertEquals(1.0, ((Number) scorer.perType().get("LOC").get("f1")).doubleValue(), 1e-9);
        assertEquals(0.0, ((Number) scorer.perType().get("PER").get("f1")).doubleValue(), 1e-9);
    }
}
