package io.storyline.nlp;

/**
 * One word of a parsed sentence.
 *
 * @param index    position in the sentence, 0-based
 * @param token    the token of the document (offsets into the article text)
 * @param pos      universal part of speech
 * @param lemma    dictionary form, lower case for common words ("apologized" → "apologize")
 * @param head     index of the head word, or -1 for the root
 * @param relation Universal Dependencies v2 relation with its subtype, as in a CoNLL-U DEPREL column
 *                 ("nsubj", "nsubj:pass", "obl", "root"). A string rather than an enum because subtypes vary
 *                 between treebanks and a model may predict any label its training data held.
 */
public record SyntaxNode(int index, Token token, UniversalPos pos, String lemma, int head, String relation) {

    /** The relation without its subtype: "nsubj:pass" → "nsubj". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    public String text() {
        return token.text();
    }
}
