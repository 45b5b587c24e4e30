package io.storyline.events.coding;

import java.util.List;

/**
 * The participants of an event verb, as word indexes of their heads: who did it, to whom, the prepositional phrases
 * (a place, a time, a partner), and how each was found, for the evidence.
 */
public record Arguments(List<Integer> actors, List<Integer> targets, List<Oblique> obliques, List<String> why) {
    public Arguments {
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
        obliques = List.copyOf(obliques);
        why = List.copyOf(why);
    }

    /** A prepositional phrase of the verb: its head word and the preposition ("in", "with"; "" when none). */
    public record Oblique(int head, String preposition) {
    }
}
