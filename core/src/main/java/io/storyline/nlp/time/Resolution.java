package io.storyline.nlp.time;

/** A resolved expression: TimeML type and value, and the rule that decided it. */
record Resolution(String type, String value, String rule) {
    static final String DATE = "DATE";
    static final String TIME = "TIME";
    static final String DURATION = "DURATION";
    static final String SET = "SET";
}
