package io.storyline.nlp.time.eval;

import io.storyline.nlp.TimeMention;
import io.storyline.nlp.time.TimeTagger;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the time tagger over TimeML documents, each anchored on its creation date, and scores it with
 * {@link TimexScore}; every miss, spurious expression and wrong extent or value goes to an error listener, so a
 * tool can list errors without scoring them its own way.
 */
public final class TimexEvaluator {
    private final TimeTagger tagger;
    private final Consumer<TimexError> errors;

    public enum ErrorKind { MISSED, EXTENT, VALUE, SPURIOUS }

    /** One disagreement with the gold; {@code gold} is null for a spurious expression, {@code ours} for a miss. */
    public record TimexError(TimeMlDocument document, ErrorKind kind, TimeMlDocument.Timex gold, TimeMention ours) {
    }

    public record Evaluation(TimexScore score, int documents, long chars, double taggingSeconds) {
    }

    public TimexEvaluator(TimeTagger tagger, Consumer<TimexError> errors) {
        this.tagger = tagger;
        this.errors = errors;
    }

    public Evaluation evaluate(List<TimeMlDocument> documents) {
        TimexScore score = new TimexScore();
        long chars = 0;
        long nanos = 0;
        for (TimeMlDocument doc : documents) {
            long began = System.nanoTime();
            List<TimeMention> predicted = tagger.tag(doc.text(), doc.creationDate());
            nanos += System.nanoTime() - began;
            chars += doc.text().length();
            score.add(doc.timexes(), predicted);
            reportErrors(doc, predicted);
        }
        return new Evaluation(score, documents.size(), chars, nanos / 1e9);
    }

    private void reportErrors(TimeMlDocument doc, List<TimeMention> predicted) {
        for (TimeMlDocument.Timex gold : doc.timexes()) {
            TimeMention hit = predicted.stream().filter(p -> gold.overlaps(p.start(), p.end())).findFirst().orElse(null);
            if (hit == null) {
                errors.accept(new TimexError(doc, ErrorKind.MISSED, gold, null));
            } else if (!hit.value().equals(gold.value())) {
                errors.accept(new TimexError(doc, ErrorKind.VALUE, gold, hit));
            } else if (hit.start() != gold.start() || hit.end() != gold.end()) {
                errors.accept(new TimexError(doc, ErrorKind.EXTENT, gold, hit));
            }
        }
        for (TimeMention p : predicted) {
            if (doc.timexes().stream().noneMatch(g -> g.overlaps(p.start(), p.end()))) {
                errors.accept(new TimexError(doc, ErrorKind.SPURIOUS, null, p));
            }
        }
    }
}
