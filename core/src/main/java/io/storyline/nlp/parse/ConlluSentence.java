package io.storyline.nlp.parse;

import java.util.List;

/** A CoNLL-U sentence: its id and raw text (null when the file has none), words, and multiword tokens. */
public record ConlluSentence(String id, String text, List<ConlluWord> words, List<Multiword> multiwords) {
    public ConlluSentence {
        words = List.copyOf(words);
        multiwords = List.copyOf(multiwords);
    }

    /** A surface token that stands for words [first, end), "don't" for "do" "n't". */
    public record Multiword(int first, int end, String form, boolean spaceAfter) {
    }

    public String[] forms() {
        String[] forms = new String[words.size()];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = words.get(i).form();
        }
        return forms;
    }

    /** The text as written: {@code # text =}, else rebuilt from the surface tokens and their SpaceAfter marks. */
    public String surfaceText() {
        if (text != null) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); ) {
            ConlluWord w = words.get(i);
            if (w.multiword() >= 0) {
                Multiword m = multiwords.get(w.multiword());
                b.append(m.form()).append(m.spaceAfter() ? " " : "");
                i = m.end();
            } else {
                b.append(w.form()).append(w.spaceAfter() ? " " : "");
                i++;
            }
        }
        return b.toString().strip();
    }
}
