package io.storyline.nlp.time.eval;

import io.storyline.SharedData;
import io.storyline.nlp.time.TimeTagger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guards the tagger's TempEval-3 scores on TimeBank + AQUAINT (TBAQ-cleaned) against regressions. */
class TimeBankRegressionTest {
    private static final Path TBAQ = SharedData.path("data", "tempeval3", "TBAQ-cleaned");

    @Test
    void keepsTempEvalScoresOnTbaqAboveTheirFloors() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(TBAQ), "TBAQ-cleaned not found at " + TBAQ);
        TimeTagger tagger = new TimeTagger();
        TimexScore score = new TimexScore();
        for (Path file : TimeMlReader.files(TBAQ)) {
            TimeMlDocument doc = TimeMlReader.read(file);
            score.add(doc.timexes(), tagger.tag(doc.text(), doc.creationDate()));
        }
        assertTrue(score.valueF1() >= 0.78, "value F1 " + score.valueF1());
        assertTrue(score.relaxedF1() >= 0.92, "relaxed F1 " + score.relaxedF1());
        assertTrue(score.strictF1() >= 0.86, "strict F1 " + score.strictF1());
    }
}
