package io.storyline.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level main-text scores exactly as the ScrapingHub article-extraction benchmark computes them
 * (github.com/scrapinghub/article-extraction-benchmark, {@code evaluate.py}: {@code string_shingle_matching},
 * {@code metrics_from_tp_fp_fns}). Hand-written because it must match that script, not a library's notion of F1:
 * <ul>
 *   <li>tokens are Python's Unicode {@code \w+} runs (letters, digits, underscore; case kept);</li>
 *   <li>shingles are 4 consecutive tokens; a text of fewer than 4 tokens is one shorter shingle, an empty text none;</li>
 *   <li>tp/fp/fn are multiset (Counter) overlaps of shingles, normalised to sum to 1 so long pages weigh no more;</li>
 *   <li>precision is averaged over pages that predicted something, recall over pages whose gold has text, and
 *       F1 is the harmonic mean of those two averages (not an average of per-page F1).</li>
 * </ul>
 */
public final class ExtractionScore {
    static final int SHINGLE = 4;
    /** Python's {@code re.UNICODE \w}: alphanumerics ({@code str.isalnum}) and underscore; marks are not word chars. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private ExtractionScore() {
    }

    /** One page's shingle overlap, normalised so that tp + fp + fn = 1 (or all zero when both texts are empty). */
    public record PageScore(double tp, double fp, double fn) {
        public boolean predictedSomething() { return tp + fp > 0; }

        public boolean goldHasText() { return tp + fn > 0; }

        public double precision() {
            if (fp == 0 && fn == 0) return 1.0;
            if (tp == 0 && fp == 0) return 0.0;
            return tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) return 1.0;
            if (tp == 0 && fn == 0) return 0.0;
            return tp / (tp + fn);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Macro scores over pages, as the benchmark reports them. */
    public record Summary(double precision, double recall, double f1, int pages) {
    }

    public static PageScore page(String gold, String predicted) {
        Map<List<String>, Integer> goldShingles = shingles(gold);
        Map<List<String>, Integer> predictedShingles = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(goldShingles.keySet());
        keys.addAll(predictedShingles.keySet());
        double tp = 0, fp = 0, fn = 0;
        for (List<String> key : keys) {
            int g = goldShingles.getOrDefault(key, 0);
            int p = predictedShingles.getOrDefault(key, 0);
            tp += Math.min(g, p);
            fp += Math.max(0, p - g);
            fn += Math.max(0, g - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum) : new PageScore(0, 0, 0);
    }

    public static Summary summarise(List<PageScore> pages) {
        double precision = pages.stream().filter(PageScore::predictedSomething)
                .mapToDouble(PageScore::precision).average().orElse(0);
        double recall = pages.stream().filter(PageScore::goldHasText)
                .mapToDouble(PageScore::recall).average().orElse(0);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(precision, recall, f1, pages.size());
    }

    /** The benchmark's words: runs of letters, digits and underscore. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) return tokens;
        Matcher m = WORD.matcher(text);
        while (m.find()) tokens.add(m.group());
        return tokens;
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
            List<String> shingle = List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
            if (!shingle.isEmpty()) counts.merge(shingle, 1, Integer::sum);
        }
        return counts;
    }
}
