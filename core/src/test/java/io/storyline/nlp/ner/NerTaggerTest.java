package io.storyline.nlp.ner;

import io.storyline.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.nlp.EntityMention;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class NerTaggerTest {

    private static List<EntityMention> tag(String text) {
        return NerTagger.shared().tag(text, TestTokenizer.sentences(text));
    }

    private static boolean has(List<EntityMention> mentions, String type, String surface) {
        return mentions.stream().anyMatch(m -> m.type().equals(type) && m.surface().equals(surface));
    }

    @Test
    void committedModelReproducesItsRecordedValidF1() throws Exception {
        Path valid = SharedData.path("data", "conll2003", "valid.txt");
        assumeTrue(Files.isRegularFile(valid), "needs the shared CoNLL-2003 data");
        JsonNode record;
        try (InputStream in = NerTagger.class.getResourceAsStream("/models/ner-model.json")) {
            record = new ObjectMapper().readTree(in);
        }
        double recorded = record.path("scores").path("valid.txt").path("f1").asDouble(-1);
        ConllScorer scorer = NerEvaluation.run(NerTagger.shared(), ConllCorpus.read(valid), null);
        assertEquals(recorded, scorer.f1(), 0.001);
    }

    @Test
    void findsNamesWithTheirCharacterOffsets() {
        String text = "Officials of the United Nations met in Geneva on Monday. Angela Weber, a spokeswoman, said talks went well.";
        List<EntityMention> mentions = tag(text);
        assertTrue(has(mentions, "ORGANIZATION", "United Nations"), mentions.toString());
        assertTrue(has(mentions, "LOCATION", "Geneva"), mentions.toString());
        assertTrue(has(mentions, "PERSON", "Angela Weber"), mentions.toString());
        for (EntityMention m : mentions) {
            assertEquals(m.surface(), text.substring(m.start(), m.end()));
        }
    }

    @Test
    void hyphenatedKoreanNameIsOnePersonEvenWhenTheTokenizerSplitsTheHyphen() {
        String text = "South Korean envoy Park Ji-sung told reporters in Seoul that the talks would resume.";
        List<EntityMention> mentions = tag(text);
        assertTrue(has(mentions, "PERSON", "Park Ji-sung"), mentions.toString());
        assertFalse(mentions.stream().anyMatch(m -> m.surface().equals("Ji") || m.surface().equals("sung")), mentions.toString());
    }

    @Test
    void pronounsAreNeverNames() {
        String text = "He said it was over. She agreed. They left. We stayed. It rained. I know.";
        List<EntityMention> mentions = tag(text);
        assertTrue(mentions.isEmpty(), mentions.toString());
    }

    @Test
    void sharedTaggerGivesTheSameAnswerOnManyThreads() throws Exception {
        String text = "The European Commission said on Thursday it disagreed with German advice to consumers. "
                + "Germany's representative to the European Union, Werner Zwingmann, said on Wednesday consumers should buy "
                + "sheepmeat from countries other than Britain.";
        List<EntityMention> expected = tag(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<EntityMention>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> tag(text)));
            }
            for (Future<List<EntityMention>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertFalse(expected.isEmpty());
    }
}
