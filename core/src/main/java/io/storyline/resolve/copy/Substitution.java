package io.storyline.resolve.copy;

/** A short phrase of the original replaced by another in the copy, and how often that replacement occurs. */
public record Substitution(String original, String replacement, int count) {
    @Override
    public String toString() {
        return "\"" + original + "\" -> \"" + replacement + "\"" + (count > 1 ? " x" + count : "");
    }
}
