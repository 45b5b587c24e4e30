package io.storyline.nlp.time;

import java.util.Objects;
import java.util.Optional;

/**
 * Tokens [first, end) recognised as one expression, how to resolve it, and for a range ("March 3-5") the match of
 * its far end, which the tagger reports as a second expression.
 */
record TimeMatch(int first, int end, Resolver resolver, Optional<TimeMatch> rangeEnd) {

    /** Resolves a recognised expression once its sentence's tense and the running reference are known. */
    @FunctionalInterface
    interface Resolver {
        Resolution resolve(ResolutionContext context);
    }

    TimeMatch {
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(rangeEnd, "rangeEnd");
    }

    TimeMatch(int first, int end, Resolver resolver) {
        this(first, end, resolver, Optional.empty());
    }

    /** The same expression widened to start at {@code newFirst} ("the end of" + "March"). */
    TimeMatch from(int newFirst) {
        return new TimeMatch(newFirst, end, resolver, rangeEnd);
    }
}
