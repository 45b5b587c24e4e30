package io.storyline.resolve.copy;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LshIndexTest {
    private static int[] signature(String text) {
        return MinHashSignature.of(WordShingles.hashes(WordTokens.of(text), 3), 90);
    }

    @Test
    void nearCopyAddedLaterIsACandidateAndUnrelatedTextIsNot() {
        String wire = Te3Articles.text("AFP_ENG_19970401.0099");
        String other = Te3Articles.text("AFP_ENG_19970403.0403");
        LshIndex index = new LshIndex(30, 3, 500);
        index.add(7, signature(wire));
        index.add(8, signature(other));
        LshIndex.Candidates candidates = index.candidates(signature("Breaking news\n" + wire + "\nAll rights reserved"), 0.1);
        assertEquals(1, candidates.size(), Arrays.toString(candidates.docs()));
        assertEquals(7, candidates.docs()[0]);
        assertTrue(candidates.agreements()[0] > 0.8);
    }

    @Test
    void signatureAgreementTracksExactJaccard() {
        String a = Te3Articles.text("AFP_ENG_19970401.0099");
        String b = a.substring(0, a.length() / 2) + " some other closing words about another matter entirely.";
        double exact = WordShingles.jaccard(WordShingles.distinctSorted(WordShingles.hashes(WordTokens.of(a), 3)),
                WordShingles.distinctSorted(WordShingles.hashes(WordTokens.of(b), 3)));
        int[] sa = MinHashSignature.of(WordShingles.hashes(WordTokens.of(a), 3), 256);
        int[] sb = MinHashSignature.of(WordShingles.hashes(WordTokens.of(b), 3), 256);
        assertEquals(exact, MinHashSignature.agreement(sa, 0, sb, 0, 256), 0.1);
    }
}
