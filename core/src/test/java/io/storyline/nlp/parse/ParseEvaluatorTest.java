package io.storyline.nlp.parse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParseEvaluatorTest {
    private static ParseEvaluator.Word w(int start, int end, boolean multiword, String form) {
        return new ParseEvaluator.Word(start, end, multiword, form, "X", "_", -1, "dep");
    }

    @Test
    void wordsAlignBySpanAndInsideMultiwordTokensByTheirForms() {
        // text "Al-Zaman didn't go." over non-space characters: Al-Zaman [0,8) didn't [8,14) go [14,16) . [16,17)
        List<ParseEvaluator.Word> gold = List.of(
                w(0, 2, false, "Al"), w(2, 3, false, "-"), w(3, 8, false, "Zaman"),
                w(8, 14, true, "did"), w(8, 14, true, "n't"), w(14, 16, false, "go"), w(16, 17, false, "."));
        List<ParseEvaluator.Word> system = List.of(
                w(0, 8, false, "Al-Zaman"), w(8, 11, false, "did"), w(11, 14, false, "n't"),
                w(14, 16, false, "go"), w(16, 17, false, "."));
        Map<Integer, Integer> aligned = ParseEvaluator.align(gold, system);
        assertEquals(Map.of(1, 3, 2, 4, 3, 5, 4, 6), aligned, "the hyphenated word matches none of its three gold words");
        ParseScores scores = new ParseScores(1, gold.size(), system.size(), aligned.size(), 0, 0, 0, 0);
        assertEquals(2.0 * 4 / (7 + 5), scores.wordsF1(), 1e-12);
    }

    @Test
    void aSystemMultiwordTokenSplitDifferentlyAlignsOnlyTheSharedForms() {
        List<ParseEvaluator.Word> gold = List.of(w(0, 5, true, "gon"), w(0, 5, true, "na"), w(5, 7, false, "go"));
        List<ParseEvaluator.Word> system = List.of(w(0, 5, false, "gonna"), w(5, 7, false, "go"));
        assertEquals(Map.of(1, 2), ParseEvaluator.align(gold, system));
    }

    @Test
    void headsAgreeOnlyThroughAlignedWords() {
        String conllu = """
                # text = Al-Zaman left.
                1\tAl\tAl\tPROPN\t_\t_\t4\tnsubj\t_\tSpaceAfter=No
                2\t-\t-\tPUNCT\t_\t_\t3\tpunct\t_\tSpaceAfter=No
                3\tZaman\tZaman\tPROPN\t_\t_\t1\tflat\t_\t_
                4\tleft\tleave\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
                5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_
                """;
        ConlluCorpus gold = ConlluCorpus.parse(conllu);
        // a parser that hangs every word but the last from the last one: stands in for any parser's output
        io.storyline.nlp.DependencyParser lastIsHead = sentence -> {
            var tokens = sentence.tokens();
            var nodes = new java.util.ArrayList<io.storyline.nlp.SyntaxNode>();
            for (int i = 0; i < tokens.size(); i++) {
                boolean last = i == tokens.size() - 1;
                nodes.add(new io.storyline.nlp.SyntaxNode(i, tokens.get(i), io.storyline.nlp.UniversalPos.PROPN,
                        tokens.get(i).text(), last ? -1 : tokens.size() - 1, last ? "root" : "nsubj"));
            }
            return new io.storyline.nlp.DependencyTree(nodes);
        };
        // own tokens "Al-Zaman" "left" "." : only "left" and "." align; "." hangs from "." (root) — gold root is "left"
        ParseScores own = new ParseEvaluator(lastIsHead).evaluate(gold, false);
        assertEquals(5, own.goldWords());
        assertEquals(3, own.systemWords());
        assertEquals(2, own.alignedWords());
        assertEquals(0, own.uas(), "left hangs from '.', the gold root from nothing; '.' is the system root");
        ParseScores goldTokens = new ParseEvaluator(lastIsHead).evaluate(gold, true);
        assertEquals(5, goldTokens.alignedWords());
        assertEquals(0, goldTokens.uas());
        assertEquals(2, goldTokens.upos(), "Al and Zaman");
    }
}
