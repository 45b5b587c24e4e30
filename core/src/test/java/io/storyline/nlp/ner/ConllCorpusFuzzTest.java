package io.storyline.nlp.ner;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any file as CoNLL-2003: read into sentences whose words and labels pair up, or refused naming the file. */
class ConllCorpusFuzzTest {
    @FuzzTest
    void anyFileIsReadOrRefusedNamingIt(byte[] bytes) throws IOException {
        String conll = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        Path file = Files.createTempFile("fuzz", ".conll");
        try {
            Files.writeString(file, conll);
            try {
                ConllCorpus corpus = ConllCorpus.read(file);
                for (ConllCorpus.Document d : corpus.documents()) {
                    for (ConllCorpus.Sentence s : d.sentences()) {
                        assertEquals(s.words().length, s.labels().length);
                    }
                }
            } catch (IOException | UncheckedIOException | IllegalArgumentException refused) {
                assertTrue(refused.getMessage() != null && refused.getMessage().contains(file.toString()), refused.toString());
            }
        } finally {
            Files.delete(file);
        }
    }
}
