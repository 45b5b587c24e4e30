package io.storyline.nlp.time;

/** TimeML's values for the present, the past and the future as a whole ("now", "recently", "in the future"). */
enum ReferencePoint {
    PRESENT_REF, PAST_REF, FUTURE_REF
}
