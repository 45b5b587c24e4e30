package io.storyline.events.coding;

/** What a report says of its event: PLOVER's auxiliary modes (future, hypothetical, negation), or that it happened. */
public enum EventStatus {
    HAPPENED, PLANNED, HYPOTHETICAL, NEGATED;

    /** The contract's status word; hypothetical and negated reports make no event of the contract. */
    public String contractValue() {
        return this == PLANNED ? "planned" : "happened";
    }
}
