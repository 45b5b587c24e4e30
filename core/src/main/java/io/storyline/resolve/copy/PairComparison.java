package io.storyline.resolve.copy;

import java.util.List;
import java.util.Locale;

/**
 * What aligning two texts A and B found: the verdict ({@code kind} is null when they are not copies), the score,
 * and the counts the verdict rests on, so that the evidence can be shown and thresholds measured.
 *
 * @param wordsA            words of A
 * @param wordsB            words of B
 * @param matchedWords      words aligned to an equal word
 * @param solidWords        aligned words that sit in runs of at least three equal words (spurious matches of
 *                          function words in unrelated texts rarely form such runs)
 * @param substitutions     count of short swaps (1 to {@link CopyVerifier#MAX_SWAP_WORDS} words each side)
 * @param swappedWordsA     words of A inside swaps
 * @param swappedWordsB     words of B inside swaps
 * @param factSwaps         swaps of one number, weekday or month for another: spinners keep facts, so these
 *                          mark a different report written on the same template (daily market reports)
 * @param swaps             the swaps, A's phrase first, most frequent first
 */
public record PairComparison(CopyKind kind, double score, int wordsA, int wordsB, int matchedWords, int solidWords,
                             int substitutions, int factSwaps, int swappedWordsA, int swappedWordsB,
                             List<Substitution> swaps) {

    public boolean isCopy() {
        return kind != null;
    }

    public int shorterWords() {
        return Math.min(wordsA, wordsB);
    }

    /** Share of the shorter text accounted for by equal words and swaps. */
    public double alignedCoverage() {
        int swappedShorter = wordsA <= wordsB ? swappedWordsA : swappedWordsB;
        return shorterWords() == 0 ? 0 : Math.min(1.0, (double) (matchedWords + swappedShorter) / shorterWords());
    }

    /** Share of the shorter text that is equal words. */
    public double matchedCoverage() {
        return shorterWords() == 0 ? 0 : Math.min(1.0, (double) matchedWords / shorterWords());
    }

    public double solidCoverage() {
        return shorterWords() == 0 ? 0 : Math.min(1.0, (double) solidWords / shorterWords());
    }

    /** Swaps per hundred words of the shorter text. */
    public double swapsPerHundredWords() {
        return shorterWords() == 0 ? 0 : 100.0 * substitutions / shorterWords();
    }

    /** The same comparison seen from B. */
    public PairComparison reversed() {
        List<Substitution> flipped = swaps.stream()
                .map(s -> new Substitution(s.replacement(), s.original(), s.count())).toList();
        return new PairComparison(kind, score, wordsB, wordsA, matchedWords, solidWords, substitutions, factSwaps,
                swappedWordsB, swappedWordsA, flipped);
    }

    /** The figures behind the verdict, for people. */
    public String describe() {
        return String.format(Locale.ROOT,
                "%s: %d of %d words of the shorter text aligned (%.0f%% equal, %.0f%% with swaps, %.0f%% in runs of 3+), "
                        + "%d short swaps (%.1f per 100 words, %d changing numbers or dates); A has %d words, B %d",
                kind == null ? "not a copy" : kind.label(), matchedWords + (wordsA <= wordsB ? swappedWordsA : swappedWordsB),
                shorterWords(), 100 * matchedCoverage(), 100 * alignedCoverage(), 100 * solidCoverage(),
                substitutions, swapsPerHundredWords(), factSwaps, wordsA, wordsB);
    }
}
