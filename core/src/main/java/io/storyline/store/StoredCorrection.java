package io.storyline.store;

import io.storyline.resolve.entity.Correction;

/** A user's correction as kept in the store: its id (for {@code entities undo}) and when it was made. */
public record StoredCorrection(long id, Correction correction, String madeAt) {
}
