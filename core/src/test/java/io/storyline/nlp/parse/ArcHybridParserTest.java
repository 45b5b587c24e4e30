package io.storyline.nlp.parse;

import io.storyline.SharedData;
import io.storyline.nlp.DependencyTree;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.SentenceSplitter;
import io.storyline.nlp.SyntaxNode;
import io.storyline.nlp.UniversalPos;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The committed model (core/src/main/resources/models/parse-model.bin.gz). */
class ArcHybridParserTest {
    private static final String TURKEY = "Turkey's prime minister apologized to Israel on Friday.";

    private static DependencyTree parse(String text) {
        List<Sentence> sentences = new SentenceSplitter().split(text);
        assertEquals(1, sentences.size());
        return ArcHybridParser.shared().parse(sentences.get(0));
    }

    private static SyntaxNode word(DependencyTree tree, String text) {
        return tree.nodes().stream().filter(n -> n.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void theMinisterApologizedToIsraelOnFriday() {
        DependencyTree tree = parse(TURKEY);
        SyntaxNode verb = word(tree, "apologized");
        assertEquals(List.of(verb), tree.roots());
        assertEquals(UniversalPos.VERB, verb.pos());
        assertEquals("apologize", verb.lemma());
        assertEquals(List.of(word(tree, "minister")), tree.children(verb.index(), "nsubj"));
        assertEquals(List.of(word(tree, "Israel"), word(tree, "Friday")), tree.children(verb.index(), "obl"));
        assertEquals("case", word(tree, "to").relation());
        assertEquals(word(tree, "Israel").index(), word(tree, "to").head());
        assertEquals(word(tree, "minister").index(), word(tree, "Turkey").head());
    }

    @Test
    void aPassiveSubjectIsMarkedAsSuch() {
        DependencyTree tree = parse("The embassy was attacked by protesters on Sunday.");
        SyntaxNode verb = word(tree, "attacked");
        assertEquals("attack", verb.lemma());
        assertEquals("nsubj:pass", word(tree, "embassy").relation());
        assertEquals(verb.index(), word(tree, "embassy").head());
        assertEquals(verb.index(), word(tree, "protesters").head());
    }

    @Test
    void anEmptySentenceIsAnEmptyTree() {
        assertEquals(0, ArcHybridParser.shared().parse(new Sentence(0, 0, List.of())).size());
    }

    @Test
    void threadsSharingTheModelGetTheSameTrees() throws Exception {
        List<String> texts = List.of(TURKEY, "Rebels seized the town and freed dozens of prisoners.",
                "The talks, which began in May, collapsed after the president refused to sign.");
        List<DependencyTree> alone = texts.stream().map(ArcHybridParserTest::parse).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DependencyTree>> futures = new java.util.ArrayList<>();
            for (int round = 0; round < 50; round++) {
                for (String t : texts) {
                    futures.add(pool.submit(() -> parse(t)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(alone.get(i % texts.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Floors a little under the dev figures recorded in parse-model.json when the model was trained. */
    @Test
    void devScoresStayNearWhatTheModelWasTrainedTo() throws IOException {
        Path dev = SharedData.path("data", "ud-english-ewt", "en_ewt-ud-dev.conllu");
        assumeTrue(Files.isRegularFile(dev), "UD EWT dev is not in ../shared");
        ConlluCorpus corpus = ConlluCorpus.read(dev);
        ParseEvaluator evaluator = new ParseEvaluator(ArcHybridParser.shared());
        ParseScores gold = evaluator.evaluate(corpus, true);
        ParseScores own = evaluator.evaluate(corpus, false);
        assertTrue(gold.uposF1() >= GOLD_UPOS && gold.uasF1() >= GOLD_UAS && gold.lasF1() >= GOLD_LAS, gold.toMap().toString());
        assertTrue(own.uposF1() >= OWN_UPOS && own.uasF1() >= OWN_UAS && own.lasF1() >= OWN_LAS, own.toMap().toString());
        assertTrue(gold.lemmaF1() >= GOLD_LEMMAS, gold.toMap().toString());
    }

    private static final double GOLD_UPOS = 0.935, GOLD_UAS = 0.825, GOLD_LAS = 0.79, GOLD_LEMMAS = 0.955;
    private static final double OWN_UPOS = 0.915, OWN_UAS = 0.80, OWN_LAS = 0.77;
}
