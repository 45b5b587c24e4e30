package io.storyline.nlp.time.eval;

import io.storyline.nlp.TimeMention;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TempEval-3 timex scores, summed over documents as the official scorer does: strict (same extent) and relaxed
 * (overlapping extent) precision and recall; type and value accuracy over the relaxed matches of gold timexes, and
 * their F1 as accuracy × relaxed F1.
 */
public final class TimexScore {
    private long gold;
    private long system;
    private long strictGold;
    private long relaxedGold;
    private long strictSystem;
    private long relaxedSystem;
    private long typeMatches;
    private long valueMatches;

    /** Adds one document's predictions against its gold annotations. */
    public void add(List<TimeMlDocument.Timex> goldTimexes, List<TimeMention> predicted) {
        gold += goldTimexes.size();
        system += predicted.size();
        for (TimeMlDocument.Timex g : goldTimexes) {
            TimeMention match = null;
            for (TimeMention p : predicted) {
                if (g.overlaps(p.start(), p.end())) {
                    if (p.start() == g.start() && p.end() == g.end()) {
                        match = p;
                        break;
                    }
                    if (match == null) {
                        match = p;
                    }
                }
            }
            if (match == null) {
                continue;
            }
            relaxedGold++;
            if (match.start() == g.start() && match.end() == g.end()) {
                strictGold++;
            }
            if (match.type().equals(g.type())) {
                typeMatches++;
            }
            if (match.value().equals(g.value())) {
                valueMatches++;
            }
        }
        for (TimeMention p : predicted) {
            boolean relaxed = false;
            for (TimeMlDocument.Timex g : goldTimexes) {
                if (g.overlaps(p.start(), p.end())) {
                    relaxed = true;
                    if (p.start() == g.start() && p.end() == g.end()) {
                        strictSystem++;
                        break;
                    }
                }
            }
            if (relaxed) {
                relaxedSystem++;
            }
        }
    }

    public double strictPrecision() {
        return ratio(strictSystem, system);
    }

    public double strictRecall() {
        return ratio(strictGold, gold);
    }

    public double relaxedPrecision() {
        return ratio(relaxedSystem, system);
    }

    public double relaxedRecall() {
        return ratio(relaxedGold, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    public double valueAccuracy() {
        return ratio(valueMatches, relaxedGold);
    }

    public double typeAccuracy() {
        return ratio(typeMatches, relaxedGold);
    }

    public double valueF1() {
        return valueAccuracy() * relaxedF1();
    }

    public double typeF1() {
        return typeAccuracy() * relaxedF1();
    }

    /** Every figure, headline F1s last, rounded to four places. */
    public Map<String, Object> figures() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("gold", gold);
        out.put("system", system);
        out.put("strict_precision", round(strictPrecision()));
        out.put("strict_recall", round(strictRecall()));
        out.put("relaxed_precision", round(relaxedPrecision()));
        out.put("relaxed_recall", round(relaxedRecall()));
        out.put("type_accuracy", round(typeAccuracy()));
        out.put("type_f1", round(typeF1()));
        out.put("value_accuracy", round(valueAccuracy()));
        out.put("value_precision", round(valueAccuracy() * relaxedPrecision()));
        out.put("value_recall", round(valueAccuracy() * relaxedRecall()));
        out.put("strict_f1", round(strictF1()));
        out.put("relaxed_f1", round(relaxedF1()));
        out.put("value_f1", round(valueF1()));
        return out;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
