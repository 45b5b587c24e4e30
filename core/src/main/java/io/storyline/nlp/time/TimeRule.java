package io.storyline.nlp.time;

import java.util.Optional;

/** One family of time expressions: recognises an expression starting at a token and says how to resolve it. */
@FunctionalInterface
interface TimeRule {
    /** The expression this rule reads from token {@code at} on, if any. */
    Optional<TimeMatch> match(TokenView tokens, int at);
}
