package io.storyline.nlp;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The entity types: the CoNLL-2003 classes the tagger is trained on, written as the contract's words ("PERSON",
 * "ORGANIZATION", "LOCATION", "MISC"). {@link EntityMention#type()} still carries the word itself, since the
 * resolve and events stages compare it as a string; they move to this enum when their branches have landed.
 */
public enum EntityType {
    PER("PERSON"), ORG("ORGANIZATION"), LOC("LOCATION"), MISC("MISC");

    /** The types in tag order (the tagger's label numbering depends on it). */
    public static final List<EntityType> ALL = List.of(values());
    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The contract's word for the type, as stored and output. */
    @JsonValue
    public String label() {
        return label;
    }

    /** The type of a contract word in any letter case ("person"), if it is one. */
    public static Optional<EntityType> ofLabel(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        return ALL.stream().filter(t -> t.label.equals(upper)).findFirst();
    }

    /** The type of a CoNLL label suffix such as "PER", or null when unknown. */
    public static EntityType ofConll(String label) {
        for (EntityType t : ALL) {
            if (t.name().equals(label)) {
                return t;
            }
        }
        return null;
    }
}
