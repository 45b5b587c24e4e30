package io.storyline.events;

import java.util.List;

/**
 * One line of the predicate lexicon: the words after the verb ({@code rest}, "*" for a gap of up to three words),
 * the PLOVER type and mode it stands for, and whether the words after it name a place or a target.
 */
public record Predicate(String lemma, List<String> rest, String type, String mode, boolean objectIsPlace) {
    public Predicate {
        rest = List.copyOf(rest);
    }

    /** The predicate as written in the lexicon, e.g. "arrive in". */
    public String phrase() {
        return rest.isEmpty() ? lemma : lemma + " " + String.join(" ", rest);
    }
}
