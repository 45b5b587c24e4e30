package io.storyline.resolve.copy;

import java.util.List;

/**
 * One document found to copy another: which one is the copy and which the original (and why, in the evidence),
 * the kind of copy, a score in [0, 1] (the share of the shorter text that the alignment accounts for), and for
 * spun copies the phrase swaps, original first, most frequent first.
 */
public record CopyLink(String copyId, String originalId, CopyKind kind, double score,
                       List<Substitution> substitutions, String evidence) {
    public CopyLink {
        substitutions = List.copyOf(substitutions);
    }
}
