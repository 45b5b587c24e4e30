package io.storyline.nlp.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any text as CoNLL-U: sentences, or an IOException naming the source and the line. */
class ConlluCorpusFuzzTest {
    @FuzzTest
    void anyTextIsReadOrRefusedNamingTheSource(byte[] bytes) {
        String conllu = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        try {
            ConlluCorpus corpus = ConlluCorpus.read(new BufferedReader(new StringReader(conllu)), "fuzz.conllu");
            assertTrue(corpus.words() >= 0);
        } catch (IOException refused) {
            assertTrue(refused.getMessage() != null && refused.getMessage().startsWith("fuzz.conllu"), refused.getMessage());
        }
    }
}
