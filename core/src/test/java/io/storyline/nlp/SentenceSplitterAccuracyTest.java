package io.storyline.nlp;

import io.storyline.SharedData;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sentence-start accuracy on hand-checked TimeBank/AQUAINT paragraphs: tbaq-sentence-starts.tsv (the sample
 * the rules were corrected on) and tbaq-sentence-starts-heldout.tsv (checked afterwards, not tuned to). Starts at a
 * paragraph's beginning are certain (a line break always ends a sentence), so the figure that matters is
 * the one over starts inside paragraphs.
 */
class SentenceSplitterAccuracyTest {
    private static final Path TBAQ = SharedData.path("data",
            "tempeval3", "TBAQ-cleaned");

    @Test
    void findsSentenceStartsInsideParagraphs() throws IOException {
        assertTrue(f1("tbaq-sentence-starts.tsv") >= 0.97);
    }

    @Test
    void findsSentenceStartsInsideParagraphsOfHeldOutSample() throws IOException {
        assertTrue(f1("tbaq-sentence-starts-heldout.tsv") >= 0.97);
    }

    private static double f1(String goldFile) throws IOException {
        SentenceSplitter splitter = new SentenceSplitter();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int files = 0;
        for (String line : gold(goldFile).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            String text = TimeMlText.of(TBAQ.resolve(cols[0]));
            Set<Integer> expected = new HashSet<>();
            for (String offset : cols[1].split(",")) {
                int start = Integer.parseInt(offset);
                if (!opensParagraph(text, start)) {
                    expected.add(start);
                }
            }
            Set<Integer> found = new HashSet<>();
            for (Sentence s : splitter.split(text)) {
                if (!opensParagraph(text, s.start())) {
                    found.add(s.start());
                }
            }
            for (int start : found) {
                if (expected.contains(start)) {
                    truePositives++;
                } else {
                    falsePositives++;
                }
            }
            falseNegatives += (int) expected.stream().filter(s -> !found.contains(s)).count();
            files++;
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("%s: sentence starts inside paragraphs, %d files: tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f%n",
                goldFile, files, truePositives, falsePositives, falseNegatives, precision, recall, f1);
        return f1;
    }

    private static boolean opensParagraph(String text, int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static String gold(String file) throws IOException {
        try (InputStream in = SentenceSplitterAccuracyTest.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
