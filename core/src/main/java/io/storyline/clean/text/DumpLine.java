package io.storyline.clean.text;

/** One non-blank line of the dump with its evidence. */
public record DumpLine(String text, LineFeatures features, LineVerdict verdict) {

    public LineKind kind() {
        return verdict.kind();
    }

    public DumpLine withVerdict(LineVerdict replacement) {
        return new DumpLine(text, features, replacement);
    }
}
