/**
 * Copies among crawled articles: exact duplicates, syndicated wire stories in other sites' chrome, and "spun"
 * copies made by synonym spinners.
 *
 * <p>{@link io.storyline.resolve.copy.CopyDetector} is the entry point: documents are added one at a time
 * (id, text, publication date or null) and each addition returns the {@link io.storyline.resolve.copy.CopyLink}s
 * it creates. Inside: 3-word shingles of normalised words ({@link io.storyline.resolve.copy.WordShingles}),
 * one-permutation MinHash ({@link io.storyline.resolve.copy.MinHashSignature}), banded LSH over primitive arrays
 * ({@link io.storyline.resolve.copy.LshIndex}) for candidates, and a word alignment
 * ({@link io.storyline.resolve.copy.CopyVerifier}) that decides exact / syndicated / spun and lists the swapped
 * phrases. Which side is the original follows {@link io.storyline.resolve.copy.OriginalityRule}: earlier
 * publication, else the less spun text, else the one crediting a wire agency, else the lower id.
 *
 * <p>{@link io.storyline.resolve.copy.SpinDetector} flags a single text as spun without its original, from a
 * lexicon of fixed expressions that spinners break ("Secretary Basic" for "Secretary General").
 *
 * <p>Figures: {@code ./storyline bench dedup --docs N}.
 */
package io.storyline.resolve.copy;
