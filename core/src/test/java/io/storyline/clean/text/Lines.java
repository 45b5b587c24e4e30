package io.storyline.clean.text;

import java.util.List;

/** Test-scope: classify lines the way the extractor does, to feed single components. */
final class Lines {
    private static final LineClassifier CLASSIFIER = new LineClassifier(new BoilerplateLexicon(), new CreditLines());

    private Lines() {
    }

    static List<DumpLine> classified(String... lines) {
        return java.util.Arrays.stream(lines).map(line -> {
            LineFeatures features = LineFeatures.of(line);
            return new DumpLine(line, features, CLASSIFIER.classify(line, features, LineStatistics.NONE));
        }).toList();
    }

    static String prose(String topic) {
        return "The officials said on Tuesday that the " + topic + " would be reviewed again next month, after a "
                + "long debate in which several members of the committee raised concerns about its costs.";
    }
}
