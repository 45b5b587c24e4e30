package io.storyline.resolve.entity;

/**
 * A user's correction, kept by name so it survives re-ingest and re-resolution: MERGE says the two names are one
 * entity; SPLIT says the name {@code right} is not the entity named {@code left}.
 */
public record Correction(Kind kind, String left, String right) {
    public enum Kind { MERGE, SPLIT }
}
