package io.storyline.nlp.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The hand-built sentences of six tree shapes under test resources (parse/made-up-treebank.conllu). */
final class MadeUpTreebank {
    private MadeUpTreebank() {
    }

    static ConlluCorpus read() throws IOException {
        try (InputStream in = MadeUpTreebank.class.getResourceAsStream("/parse/made-up-treebank.conllu")) {
            return ConlluCorpus.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
