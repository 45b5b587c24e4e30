package io.storyline.resolve.copy;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * What a {@link CopyDetector} knows of one document after an add, enough for a later detector to go on from there
 * ({@link CopyDetector#restore}) without hashing or aligning the document again.
 *
 * @param root        the original of the document's cluster (its own id when it is in none)
 * @param signature   its MinHash signature when it is in the LSH index, else null: only indexed documents are
 *                    ever candidates, so only theirs are needed again
 * @param indexedSpun spun copies of its cluster already indexed (counts only while it is a root)
 * @param spinWeight  its spin-tell weight once the originality rule asked for it, else NaN; a float, as the
 *                    detector keeps it, so a restored detector decides on the very same number
 */
public record DocumentState(String id, LocalDate published, String root, int[] signature, int indexedSpun,
                            float spinWeight) {

    /** Whether the two states agree in all a later add reads: cluster, signature, spun count and spin weight. */
    public boolean sameAs(DocumentState other) {
        return id.equals(other.id) && root.equals(other.root) && indexedSpun == other.indexedSpun
                && Float.floatToIntBits(spinWeight) == Float.floatToIntBits(other.spinWeight)
                && Arrays.equals(signature, other.signature);
    }
}
