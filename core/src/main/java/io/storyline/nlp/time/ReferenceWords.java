package io.storyline.nlp.time;

import java.util.Optional;

import static io.storyline.nlp.time.Resolution.DATE;

/** The present, the past and the future as a whole: "now", "recently", "in the future", "as soon as possible". */
final class ReferenceWords {
    private ReferenceWords() {
    }

    static Optional<TimeMatch> referenceWord(TokenView t, int i) {
        String w = t.lower(i);
        if (w.equals("the") || w.equals("in")) {
            int j = i + 1;
            if (w.equals("in") && t.is(j, "the")) {
                return Optional.empty();
            }
            if (t.is(j, "near") || t.is(j, "distant") || t.is(j, "immediate") || t.is(j, "foreseeable")) {
                j++;
            }
            if (t.is(j, "future")) {
                return Optional.of(new TimeMatch(i, j + 1, ctx -> new Resolution(DATE, ReferencePoint.FUTURE_REF.name(), "the future")));
            }
            if (t.is(j, "past") && !t.isAny(j + 1, TimeLexicon.PAST_SPAN_UNITS)
                    && !t.digits(j + 1) && Numbers.count(t, j + 1, false) == null && TimeUnit.of(t.lower(j + 1)) == null) {
                return Optional.of(new TimeMatch(i, j + 1, ctx -> new Resolution(DATE, ReferencePoint.PAST_REF.name(), "the past")));
            }
            if (t.is(j, "present") && !t.get(j).isCapitalized() && TimeUnit.of(t.lower(j + 1)) == null) {
                return Optional.of(new TimeMatch(i, j + 1, ctx -> new Resolution(DATE, ReferencePoint.PRESENT_REF.name(), "the present")));
            }
            return Optional.empty();
        }
        if (w.equals("as") && t.is(i + 1, "soon") && t.is(i + 2, "as") && t.is(i + 3, "possible")) {
            return Optional.of(new TimeMatch(i, i + 4, ctx -> new Resolution(DATE, ReferencePoint.FUTURE_REF.name(), "as soon as possible")));
        }
        ReferencePoint point = TimeLexicon.REFERENCE_WORDS.get(w);
        if (point == null || t.partOfName(i)) {
            return Optional.empty();
        }
        if (w.equals("now") && t.is(i - 1, "'")) {
            return Optional.empty();
        }
        if (w.equals("future") && !t.is(i - 1, "in") || w.equals("recent")
                || w.equals("soon") && (t.is(i + 1, "after") || t.is(i - 1, "as") || t.is(i - 1, "too"))) {
            return Optional.empty();
        }
        if (w.equals("current") && (t.is(i + 1, "account") || t.is(i + 1, "accounts") || t.is(i + 1, "affairs")
                || t.is(i - 1, "electric") || t.is(i - 1, "ocean"))) {
            return Optional.empty();
        }
        return Optional.of(new TimeMatch(i, i + 1, ctx -> new Resolution(DATE, point.name(), "\"" + w + "\"")));
    }
}
