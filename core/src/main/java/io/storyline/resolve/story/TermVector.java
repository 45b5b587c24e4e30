package io.storyline.resolve.story;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The words that characterise a text or a story, weighted by TF-IDF and cut to the heaviest few, with unit length:
 * a story keeps one of these (the centroid of its articles) rather than their texts, so memory grows with the
 * number of stories, not with the corpus's words.
 *
 * @param weights term → weight, heaviest first, unit Euclidean length (empty for a text without words)
 */
public record TermVector(Map<String, Double> weights) {
    public static final TermVector EMPTY = new TermVector(Map.of());

    public TermVector {
        weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /**
     * Sublinear TF × IDF of a text's term counts, the {@code limit} heaviest terms, normalised.
     *
     * @param idf a term's inverse document frequency in the corpus
     */
    public static TermVector of(Map<String, Integer> counts, ToDoubleFunction<String> idf, int limit) {
        Map<String, Double> raw = new HashMap<>();
        counts.forEach((term, n) -> raw.put(term, (1 + Math.log(n)) * idf.applyAsDouble(term)));
        return top(raw, limit);
    }

    /** The heaviest {@code limit} of the given weights, normalised to unit length. */
    public static TermVector top(Map<String, Double> raw, int limit) {
        List<Map.Entry<String, Double>> heaviest = raw.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).toList();
        double norm = Math.sqrt(heaviest.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : heaviest) {
            weights.put(e.getKey(), e.getValue() / norm);
        }
        return new TermVector(weights);
    }

    public double cosine(TermVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += w * e.getValue();
            }
        }
        return dot;
    }

    /** The terms both share that add most to their cosine: the reason a match is given. */
    public List<String> strongestShared(TermVector other, int n) {
        return weights.keySet().stream().filter(other.weights::containsKey)
                .sorted(Comparator.comparingDouble((String t) -> -weights.get(t) * other.weights.get(t))).limit(n)
                .toList();
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }
}
