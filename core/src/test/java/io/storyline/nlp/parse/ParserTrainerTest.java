package io.storyline.nlp.parse;

import io.storyline.nlp.DependencyTree;
import io.storyline.nlp.ner.WordClusters;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParserTrainerTest {
    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream());
    private static final ParserTrainer.Settings SMALL = new ParserTrainer.Settings(8, 12, 1, 14, 15, 0.01f, 0.9, 5);

    @Test
    void aParserTrainedOnAFewDozenSentencesReproducesThem() throws IOException {
        ConlluCorpus treebank = MadeUpTreebank.read();
        ArcHybridParser parser = new ParserTrainer(SMALL, WordClusters.empty(), QUIET).train(treebank, treebank).parser();
        ParseScores scores = new ParseEvaluator(parser).evaluate(treebank, true);
        assertEquals(1.0, scores.lasF1(), "LAS on its own training sentences");
        assertEquals(1.0, scores.uposF1());
        // and from raw text through our own tokenizer, which splits these sentences as the treebank does
        assertEquals(1.0, new ParseEvaluator(parser).evaluate(treebank, false).lasF1());
    }

    @Test
    void aSavedModelParsesAsTheModelItWasWrittenFrom() throws IOException {
        ConlluCorpus treebank = MadeUpTreebank.read();
        ArcHybridParser parser = new ParserTrainer(SMALL, WordClusters.empty(), QUIET).train(treebank, null).parser();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        parser.write(bytes);
        ArcHybridParser read = ArcHybridParser.read(new ByteArrayInputStream(bytes.toByteArray()));
        for (ConlluSentence s : treebank.sentences()) {
            DependencyTree a = parser.parse(ParseEvaluator.goldSentence(s, s.surfaceText()));
            DependencyTree b = read.parse(ParseEvaluator.goldSentence(s, s.surfaceText()));
            assertEquals(a, b, s.text());
        }
    }

    @Test
    void theTaggerAloneLearnsTheTagsOfItsSentences() throws IOException {
        ConlluCorpus treebank = MadeUpTreebank.read();
        PosTagger tagger = new ParserTrainer(SMALL, WordClusters.empty(), QUIET).trainTagger(treebank, 8);
        for (ConlluSentence s : treebank.sentences()) {
            int[] tags = tagger.tag(new Words(s.forms(), WordClusters.empty()));
            for (int i = 0; i < tags.length; i++) {
                assertEquals(s.words().get(i).upos(), PosTagger.pos(tags[i]).name(), s.text() + " word " + i);
            }
        }
    }

    @Test
    void aModelFileThatIsNotOneFailsWithTheReason() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> ArcHybridParser.read(new ByteArrayInputStream(new byte[]{1, 2, 3})));
        org.junit.jupiter.api.Assertions.assertNotNull(e.getMessage());
    }
}
