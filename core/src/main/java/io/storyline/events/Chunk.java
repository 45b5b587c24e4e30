package io.storyline.events;

import java.util.List;

/**
 * A noun-phrase chunk that can fill an argument: an entity mention, a role nominal resolved to a person, or a
 * pronoun resolved in the discourse. Tokens [first, last] of its sentence.
 *
 * @param ids       the entities it stands for as an actor or target (a capital or demonym: the country)
 * @param placeId   the entity it names as a place (the mention's own entity), or null when it cannot be a place
 * @param kind      "PERSON", "ORGANIZATION", "LOCATION", "MISC", "ROLE" or "PRONOUN"
 * @param how       how it was resolved, for the evidence
 */
record Chunk(int first, int last, int start, int end, String surface, String kind, List<String> ids, String placeId,
             String how) {
    Chunk {
        ids = List.copyOf(ids);
    }

    boolean canAct() {
        return !ids.isEmpty();
    }
}
