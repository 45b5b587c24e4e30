package io.storyline.events;

import java.util.Locale;
import java.util.Optional;

/**
 * The event types of PLOVER (manual draft 0.8, openeventdata, CC BY-SA 4.0), plus the three finer types of the
 * earlier PLOVER drafts that Storyline's contract keeps (DEMAND, DISAPPROVE, INVESTIGATE): the 0.8 manual folds them
 * into REQUEST and ACCUSE as modes, and {@link #parent()} gives that fold for anyone who wants the 0.8 set only.
 */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION,
    MOBILIZE, COERCE, ASSAULT,
    DEMAND(REQUEST), DISAPPROVE(ACCUSE), INVESTIGATE(ACCUSE);

    private final PloverType parent;

    PloverType() {
        this.parent = null;
    }

    PloverType(PloverType parent) {
        this.parent = parent;
    }

    /** The PLOVER 0.8 type this one is part of: itself, or REQUEST / ACCUSE for the earlier drafts' finer types. */
    public PloverType parent() {
        return parent == null ? this : parent;
    }

    /** The type named {@code name} in any case, or empty when it is not a PLOVER type. */
    public static Optional<PloverType> named(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notAType) {
            return Optional.empty();
        }
    }
}
