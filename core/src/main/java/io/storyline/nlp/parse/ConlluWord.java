package io.storyline.nlp.parse;

/**
 * One syntactic word of a CoNLL-U sentence.
 *
 * @param head       0-based index of the head word, -1 for the root
 * @param spaceAfter whether the text has a space after it (no "SpaceAfter=No")
 * @param multiword  index of the multiword token holding it in {@link ConlluSentence#multiwords()}, or -1
 */
public record ConlluWord(String form, String lemma, String upos, String xpos, int head, String deprel,
                         boolean spaceAfter, int multiword) {
}
