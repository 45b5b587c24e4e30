package io.storyline.nlp.parse;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConlluCorpusTest {
    private static final String DONT = """
            # text = I don't know.
            1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_
            2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
            2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
            3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
            4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
            4.1\tknown\t_\t_\t_\t_\t_\t_\t_\t_
            5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_
            """;

    @Test
    void multiwordTokensGroupTheirWordsAndEmptyNodesAreSkipped() {
        ConlluSentence s = ConlluCorpus.parse(DONT).sentences().get(0);
        assertEquals(5, s.words().size());
        assertEquals("don't", s.multiwords().get(0).form());
        assertEquals(0, s.words().get(1).multiword());
        assertEquals(-1, s.words().get(3).head(), "root");
        assertEquals(3, s.words().get(0).head());
        assertEquals("I don't know.", s.surfaceText());
    }

    @Test
    void theTextIsRebuiltFromTokensWhenTheFileHasNone() {
        ConlluSentence s = ConlluCorpus.parse(DONT.replace("# text = I don't know.\n", "")).sentences().get(0);
        assertEquals("I don't know.", s.surfaceText());
    }

    @Test
    void aMalformedLineIsReportedWithFileAndLine() {
        IOException e = assertThrows(IOException.class, () -> ConlluCorpus.read(
                new BufferedReader(new StringReader("1\tI\tI\tPRON\n")), "broken.conllu"));
        assertTrue(e.getMessage().startsWith("broken.conllu:1:"), e.getMessage());
    }
}
