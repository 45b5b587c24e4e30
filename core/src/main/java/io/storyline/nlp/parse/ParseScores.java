package io.storyline.nlp.parse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scores of a parse against gold trees as the CoNLL 2018 shared task counts them: over words aligned by their
 * character spans, each figure is an F1 of {@code correct} against the gold and the system word counts (with gold
 * tokens both counts are equal and F1 is accuracy). Labels are compared without their subtype ("nsubj:pass" as
 * "nsubj"), the heads of two aligned words agree when the heads are aligned to each other (or both are the root).
 */
public record ParseScores(int sentences, int goldWords, int systemWords, int alignedWords, int upos, int lemmas,
                          int uas, int las) {

    public double wordsF1() {
        return f1(alignedWords);
    }

    public double uposF1() {
        return f1(upos);
    }

    public double lemmaF1() {
        return f1(lemmas);
    }

    public double uasF1() {
        return f1(uas);
    }

    public double lasF1() {
        return f1(las);
    }

    private double f1(int correct) {
        int total = goldWords + systemWords;
        return total == 0 ? 0 : 2.0 * correct / total;
    }

    /** The relation without its subtype, as CoNLL 2018 compares them. */
    static String universal(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** Counts and F1 figures (rounded to 1e-4 percent), ending with UPOS, UAS and LAS. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sentences", sentences);
        m.put("gold_words", goldWords);
        m.put("system_words", systemWords);
        m.put("aligned_words", alignedWords);
        m.put("words_f1", percent(wordsF1()));
        m.put("lemmas", percent(lemmaF1()));
        m.put("upos", percent(uposF1()));
        m.put("uas", percent(uasF1()));
        m.put("las", percent(lasF1()));
        return m;
    }

    private static double percent(double v) {
        return Math.round(v * 1e6) / 1e4;
    }
}
