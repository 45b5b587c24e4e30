package io.storyline.clean.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Test-scope word-level score of an extracted text against a gold text: precision, recall and F1 over the
 * multisets of lower-cased words, as the article-extraction benchmarks count them.
 */
record WordBagScore(long overlap, long predicted, long gold) {

    static WordBagScore of(String predictedText, String goldText) {
        Map<String, Integer> predicted = words(predictedText);
        Map<String, Integer> gold = words(goldText);
        long overlap = 0;
        for (Map.Entry<String, Integer> e : predicted.entrySet()) {
            overlap += Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
        }
        return new WordBagScore(overlap, total(predicted), total(gold));
    }

    WordBagScore plus(WordBagScore other) {
        return new WordBagScore(overlap + other.overlap, predicted + other.predicted, gold + other.gold);
    }

    double precision() {
        return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) overlap / predicted;
    }

    double recall() {
        return gold == 0 ? 1 : (double) overlap / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> bag = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                bag.merge(word, 1, Integer::sum);
            }
        }
        return bag;
    }

    private static long total(Map<String, Integer> bag) {
        return bag.values().stream().mapToLong(Integer::longValue).sum();
    }
}
