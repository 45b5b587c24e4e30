package io.storyline.nlp;

import io.storyline.SharedData;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How closely the tokenizer reproduces CoNLL-2003 tokens (what the NER model is trained on): each sentence is
 * detokenized the usual way (no space before , . ; : ? ! % ) n't 's; none after ( $; straight quotes
 * alternate open/close), tokenized again, and the token spans compared. The rules were corrected looking at the
 * validation file's mismatches; the training file was measured afterwards.
 */
class TokenizerConllRoundTripTest {
    private static final Path CONLL = SharedData.path("data",
            "conll2003");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "?", "!", "%", ")", "]", "}",
            "n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "...");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$");

    @Test
    void reproducesConllValidationTokens() throws IOException {
        assertTrue(roundTrip("valid.txt") >= 0.995);
    }

    @Test
    void reproducesConllTrainingTokens() throws IOException {
        assertTrue(roundTrip("train.txt") >= 0.995);
    }

    /** The token F1 of the round trip over {@code file}. */
    private static double roundTrip(String file) throws IOException {
        Tokenizer tokenizer = new Tokenizer();
        int gold = 0;
        int found = 0;
        int matched = 0;
        int sentences = 0;
        int exact = 0;
        for (List<String> sentence : sentences(CONLL.resolve(file))) {
            StringBuilder text = new StringBuilder();
            Set<Long> goldSpans = new HashSet<>();
            boolean quoteOpen = false;
            boolean glueNext = false;
            for (String token : sentence) {
                boolean isQuote = token.equals("\"");
                boolean glue = text.length() == 0 || glueNext || NO_SPACE_BEFORE.contains(token.toLowerCase(Locale.ROOT))
                        || isQuote && quoteOpen;
                if (!glue) {
                    text.append(' ');
                }
                goldSpans.add(span(text.length(), text.length() + token.length()));
                text.append(token);
                glueNext = NO_SPACE_AFTER.contains(token) || isQuote && !quoteOpen;
                if (isQuote) {
                    quoteOpen = !quoteOpen;
                }
            }
            Set<Long> spans = new HashSet<>();
            for (Token t : tokenizer.tokenize(text.toString())) {
                spans.add(span(t.start(), t.end()));
            }
            int both = (int) spans.stream().filter(goldSpans::contains).count();
            gold += goldSpans.size();
            found += spans.size();
            matched += both;
            sentences++;
            exact += both == goldSpans.size() && both == spans.size() ? 1 : 0;
            if (System.getProperty("roundtrip.show") != null && (both != goldSpans.size() || both != spans.size())) {
                System.out.println("MISMATCH " + text + " => " + tokenizer.tokenize(text.toString()).stream().map(Token::text).toList());
            }
        }
        double precision = matched / (double) found;
        double recall = matched / (double) gold;
        System.out.printf("CoNLL-2003 %s round trip: %d sentences, %d tokens: token P=%.4f R=%.4f, sentences identical %.4f%n",
                file, sentences, gold, precision, recall, exact / (double) sentences);
        return 2 * precision * recall / (precision + recall);
    }

    private static long span(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static List<List<String>> sentences(Path file) throws IOException {
        List<List<String>> sentences = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (!current.isEmpty()) {
                    sentences.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line.substring(0, line.indexOf(' ')));
            }
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        return sentences;
    }
}
