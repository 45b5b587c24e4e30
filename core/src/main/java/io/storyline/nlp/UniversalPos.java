package io.storyline.nlp;

/** The seventeen Universal Dependencies v2 part-of-speech tags (https://universaldependencies.org/u/pos/). */
public enum UniversalPos {
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X;

    /** The tag written in a CoNLL-U UPOS column; "_" and unknown tags read as {@link #X}. */
    public static UniversalPos fromConllu(String tag) {
        try {
            return valueOf(tag);
        } catch (IllegalArgumentException unknown) {
            return X;
        }
    }
}
