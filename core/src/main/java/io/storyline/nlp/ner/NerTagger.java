package io.storyline.nlp.ner;

import io.storyline.nlp.EntityMention;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The project's named-entity recogniser: finds PERSON, ORGANIZATION, LOCATION and MISC names in tokenised text with
 * a model trained on CoNLL-2003 ({@code storyline train ner}). Load once ({@link #shared()}); thread-safe.
 */
public final class NerTagger {
    /** Class-path location of the committed model. */
    public static final String MODEL_RESOURCE = "/models/ner-model.bin.gz";
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "you", "your", "yours",
            "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we", "us", "our",
            "ours", "they", "them", "their", "theirs", "themselves", "who", "whom", "whose", "this", "that", "these",
            "those");
    private static volatile NerTagger shared;
    private final NerModel model;

    NerTagger(NerModel model) {
        this.model = model;
    }

    /** The tagger of the committed model, loaded on first use. */
    public static NerTagger shared() {
        NerTagger t = shared;
        if (t == null) {
            synchronized (NerTagger.class) {
                t = shared;
                if (t == null) {
                    try (InputStream in = NerTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(MODEL_RESOURCE + " is missing from the class path");
                        }
                        t = new NerTagger(NerModel.read(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the NER model", e);
                    }
                    shared = t;
                }
            }
        }
        return t;
    }

    /** A tagger from a model file written by {@link #save}. */
    public static NerTagger load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new NerTagger(NerModel.read(in));
        }
    }

    public void save(Path file, float minWeight) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            model.write(out, minWeight);
        }
    }

    /** IOB2 labels ("B-PER", "I-ORG", "O") for a document given as sentences of CoNLL-style tokens. */
    public String[][] labels(String[][] sentences) {
        int[] tags = model.tag(sentences);
        String[][] out = new String[sentences.length][];
        int k = 0;
        for (int s = 0; s < sentences.length; s++) {
            out[s] = new String[sentences[s].length];
            for (int i = 0; i < out[s].length; i++) {
                out[s][i] = Bilou.iob2(tags[k++]);
            }
        }
        return out;
    }

    /**
     * The names in one document. Tokens joined by a hyphen with no space ("Jong", "-", "Sup") are tagged as one word,
     * as CoNLL tokenises them, and a lone pronoun is never a name.
     */
    public List<EntityMention> tag(String text, List<Sentence> sentences) {
        CharSequence[][] words = new CharSequence[sentences.size()][];
        int[][] starts = new int[sentences.size()][], ends = new int[sentences.size()][];
        for (int s = 0; s < words.length; s++) {
            List<Token> tokens = sentences.get(s).tokens();
            int n = tokens.size();
            CharSequence[] units = new CharSequence[n];
            int[] unitStarts = new int[n], unitEnds = new int[n];
            int count = 0;
            for (int i = 0; i < n; ) {
                int j = i;
                while (j + 2 < n && joinsByHyphen(text, tokens.get(j), tokens.get(j + 1), tokens.get(j + 2))) {
                    j += 2;
                }
                unitStarts[count] = tokens.get(i).start();
                unitEnds[count] = tokens.get(j).end();
                units[count] = asInTraining(i == j ? tokens.get(i).text() : text.substring(unitStarts[count], unitEnds[count]));
                count++;
                i = j + 1;
            }
            words[s] = count == n ? units : Arrays.copyOf(units, count);
            starts[s] = unitStarts;
            ends[s] = unitEnds;
        }
        int[] tags = model.tag(words);
        List<EntityMention> mentions = new ArrayList<>();
        int k = 0;
        for (int s = 0; s < words.length; s++) {
            int open = -1;
            for (int u = 0; u < words[s].length; u++, k++) {
                int tag = tags[k];
                if (tag == Bilou.O) {
                    continue;
                }
                int position = Bilou.position(tag);
                if (position == Bilou.B || position == Bilou.U) {
                    open = u;
                }
                if ((position == Bilou.L || position == Bilou.U) && open >= 0) {
                    int start = starts[s][open], end = ends[s][u];
                    if (!(open == u && PRONOUNS.contains(words[s][u].toString().toLowerCase(Locale.ROOT)))) {
                        mentions.add(new EntityMention(Bilou.type(tag).label(), text.substring(start, end), start,
                                end));
                    }
                    open = -1;
                }
            }
        }
        return mentions;
    }

    /**
     * The word as CoNLL-2003 would have printed it: the training text has only straight quotes, so curly ones
     * ("’s", "”") would otherwise be unknown words the model glues to names.
     */
    static CharSequence asInTraining(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D') {
                return word.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"');
            }
        }
        return word;
    }

    /** Whether "a-b" is written without spaces, as in a hyphenated name. */
    private static boolean joinsByHyphen(String text, Token a, Token hyphen, Token b) {
        return isHyphen(hyphen.text()) && hyphen.start() == a.end() && b.start() == hyphen.end()
                && Character.isLetterOrDigit(text.charAt(b.start()));
    }

    private static boolean isHyphen(String s) {
        return s.equals("-") || s.equals("\u2010") || s.equals("\u2011");
    }
}
