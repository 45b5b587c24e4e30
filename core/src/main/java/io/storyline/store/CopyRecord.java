package io.storyline.store;

import io.storyline.resolve.copy.CopyKind;
import io.storyline.resolve.copy.CopyLink;
import io.storyline.resolve.copy.SpinDetector;

import java.util.List;
import java.util.Optional;

/**
 * That an article is a copy: of which article ({@code copyOf}, null when the original is not in the corpus, as
 * for a page flagged as spun on its own), of which kind, how sure (0..1), why,
 * and for spun copies the swapped phrases ("Secretary General" -> "Secretary Basic").
 */
public record CopyRecord(String articleId, String copyOf, CopyKind kind, double score, String evidence,
                         List<String> substitutions) {
    public CopyRecord {
        substitutions = List.copyOf(substitutions);
    }

    /** The record of a copy the detector linked to its cluster's original. */
    public static CopyRecord linked(String id, String original, CopyLink link) {
        return new CopyRecord(id, original, link.kind(), link.score(), link.evidence(),
                link.substitutions().stream().map(Object::toString).toList());
    }

    /** The record of an article with no original in the corpus but a synonym spinner's tell-tale swaps, if it has them. */
    public static Optional<CopyRecord> spunAlone(String id, SpinDetector.SpinVerdict verdict) {
        if (!verdict.spun()) {
            return Optional.empty();
        }
        return Optional.of(new CopyRecord(id, null, CopyKind.SPUN, Math.min(1.0, verdict.weight() / 10),
                "no original in the corpus; " + verdict.evidence(),
                verdict.suspects().stream().map(s -> "\"" + s.likelyOriginal() + "\" -> \"" + s.spunText() + "\""
                        + (s.count() > 1 ? " x" + s.count() : "")).toList()));
    }
}
