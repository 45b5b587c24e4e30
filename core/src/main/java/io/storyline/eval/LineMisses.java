package io.storyline.eval;

import io.storyline.clean.ExtractionScore;

import java.util.Arrays;
import java.util.Locale;
import java.util.List;

/**
 * What an extraction got wrong, line by line, for reading the misses of a dev set: gold lines the prediction lacks
 * and predicted lines the gold lacks. A line counts as present when its words appear, in order, in the other text,
 * so a paragraph the extractor split or joined differently is not reported.
 */
public record LineMisses(List<String> missed, List<String> extra) {

    public static LineMisses of(String gold, String predicted) {
        String goldWords = words(gold), predictedWords = words(predicted);
        return new LineMisses(absent(gold, predictedWords), absent(predicted, goldWords));
    }

    private static List<String> absent(String text, String otherWords) {
        return Arrays.stream(text.split("\n"))
                .filter(line -> !words(line).isBlank())
                .filter(line -> !otherWords.contains(words(line)))
                .toList();
    }

    /** Lower-case words separated by single spaces, padded so that containment matches whole words only. */
    private static String words(String text) {
        return " " + String.join(" ", ExtractionScore.tokens(text.toLowerCase(Locale.ROOT))) + " ";
    }
}
