package io.storyline.nlp.ner;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Phrase-level exact-match precision, recall and F1, overall and per type, as {@code conlleval} computes them. */
public final class ConllScorer {
    private final Map<String, int[]> perType = new LinkedHashMap<>(); // type -> {correct, guessed, gold}
    private int correct, guessed, gold, tokens, correctTokens;

    /** Adds one sentence: gold and predicted labels of the same tokens. */
    public void add(String[] goldLabels, String[] predictedLabels) {
        if (goldLabels.length != predictedLabels.length) {
            throw new IllegalArgumentException("gold and predicted sentence lengths differ");
        }
        List<ConllChunks.Chunk> goldChunks = ConllChunks.of(goldLabels);
        List<ConllChunks.Chunk> guessedChunks = ConllChunks.of(predictedLabels);
        Set<ConllChunks.Chunk> goldSet = new HashSet<>(goldChunks);
        for (ConllChunks.Chunk c : goldChunks) {
            counts(c.type())[2]++;
        }
        for (ConllChunks.Chunk c : guessedChunks) {
            counts(c.type())[1]++;
            if (goldSet.contains(c)) {
                counts(c.type())[0]++;
                correct++;
            }
        }
        gold += goldChunks.size();
        guessed += guessedChunks.size();
        tokens += goldLabels.length;
        for (int i = 0; i < goldLabels.length; i++) {
            if (goldLabels[i].equals(predictedLabels[i])) {
                correctTokens++;
            }
        }
    }

    private int[] counts(String type) {
        return perType.computeIfAbsent(type, t -> new int[3]);
    }

    public double precision() {
        return guessed == 0 ? 0 : (double) correct / guessed;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public double accuracy() {
        return tokens == 0 ? 0 : (double) correctTokens / tokens;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Per type: {"precision", "recall", "f1", "gold", "guessed", "correct"}, types in name order. */
    public Map<String, Map<String, Object>> perType() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (String type : new TreeSet<>(perType.keySet())) {
            int[] c = perType.get(type);
            double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
            double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("precision", round(p));
            m.put("recall", round(r));
            m.put("f1", round(f1(p, r)));
            m.put("gold", c[2]);
            m.put("guessed", c[1]);
            m.put("correct", c[0]);
            out.put(type, m);
        }
        return out;
    }

    /** The scores as a JSON-ready map whose last fields are the headline scores, as the CLI contract asks. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tokens", tokens);
        m.put("phrases_gold", gold);
        m.put("phrases_guessed", guessed);
        m.put("phrases_correct", correct);
        m.put("accuracy", round(accuracy()));
        m.put("precision", round(precision()));
        m.put("recall", round(recall()));
        m.put("f1", round(f1()));
        m.put("per_type", perType());
        return m;
    }

    static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }
}
