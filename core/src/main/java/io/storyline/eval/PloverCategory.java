package io.storyline.eval;

import java.util.Locale;
import java.util.Optional;

/**
 * The sixteen event categories of the PLOVER manual. Older PLOVER drafts had DISAPPROVE and DEMAND as categories of
 * their own; the manual folds them into ACCUSE (mode disapprove) and REQUEST, so a system that still emits them is
 * scored as if it had written the manual's category.
 */
public enum PloverCategory {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION,
    MOBILIZE, COERCE, ASSAULT;

    /** The category a type name stands for, legacy names included; empty for a name PLOVER does not have. */
    public static Optional<PloverCategory> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.strip().toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "DISAPPROVE", "INVESTIGATE" -> Optional.of(ACCUSE);
            case "DEMAND" -> Optional.of(REQUEST);
            case "YIELD" -> Optional.of(CONCEDE);
            default -> {
                try {
                    yield Optional.of(valueOf(upper));
                } catch (IllegalArgumentException e) {
                    yield Optional.empty();
                }
            }
        };
    }
}
