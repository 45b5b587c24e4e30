package io.storyline.nlp.ner;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Tags every document of a CoNLL file with a tagger and scores it against the file's own labels. */
public final class NerEvaluation {
    private NerEvaluation() {
    }

    /**
     * @param predictions when not null, receives every input line with the predicted IOB2 label appended
     *                    (blank lines stay blank)
     */
    public static ConllScorer run(NerTagger tagger, ConllCorpus corpus, Writer predictions) throws IOException {
        ConllScorer scorer = new ConllScorer();
        List<String> lines = corpus.lines();
        String[] predicted = new String[lines.size()];
        for (ConllCorpus.Document d : corpus.documents()) {
            String[][] words = new String[d.sentences().size()][];
            for (int s = 0; s < words.length; s++) {
                words[s] = d.sentences().get(s).words();
            }
            String[][] labels = tagger.labels(words);
            for (int s = 0; s < words.length; s++) {
                ConllCorpus.Sentence sentence = d.sentences().get(s);
                scorer.add(sentence.labels(), labels[s]);
                for (int k = 0; k < labels[s].length; k++) {
                    predicted[sentence.lines()[k]] = labels[s][k];
                }
            }
        }
        if (predictions != null) {
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                if (line.isBlank()) {
                    predictions.write("\n");
                } else {
                    predictions.write(line.stripTrailing() + " " + (predicted[n] == null ? "O" : predicted[n]) + "\n");
                }
            }
        }
        return scorer;
    }
}
