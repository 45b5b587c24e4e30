package io.storyline.nlp.parse;

import io.storyline.nlp.DependencyParser;
import io.storyline.nlp.DependencyTree;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.SyntaxNode;
import io.storyline.nlp.Token;
import io.storyline.nlp.UniversalPos;
import io.storyline.nlp.ner.WordClusters;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The project's dependency parser: universal part-of-speech tags ({@link PosTagger}), lemmas ({@link Lemmatizer})
 * and a labelled tree from a greedy arc-hybrid transition parser whose averaged-perceptron weights score every
 * labelled transition at once. Trained on Universal Dependencies English EWT ({@code storyline train parse}; see
 * {@link ParserTrainer}). Load once ({@link #shared()}); immutable, so thread-safe.
 */
public final class ArcHybridParser implements DependencyParser {
    /** Class-path location of the committed model. */
    public static final String MODEL_RESOURCE = "/models/parse-model.bin.gz";
    private static final int MAGIC = 0x534C5031; // "SLP1"
    private static volatile ArcHybridParser shared;
    private final WordClusters clusters;
    private final PosTagger tagger;
    private final Lemmatizer lemmatizer;
    private final SparseWeights weights;
    private final String[] labels;
    private final int rootLabel;

    ArcHybridParser(WordClusters clusters, PosTagger tagger, Lemmatizer lemmatizer, SparseWeights weights, String[] labels) {
        this.clusters = clusters;
        this.tagger = tagger;
        this.lemmatizer = lemmatizer;
        this.weights = weights;
        this.labels = labels.clone();
        this.rootLabel = Arrays.asList(labels).indexOf("root");
        if (rootLabel < 0 || weights.classes() != ArcHybrid.classes(labels.length)) {
            throw new IllegalArgumentException("labels and weights do not match (no \"root\" label, or another count)");
        }
    }

    /** The parser of the committed model, loaded on first use. */
    public static ArcHybridParser shared() {
        ArcHybridParser p = shared;
        if (p == null) {
            synchronized (ArcHybridParser.class) {
                p = shared;
                if (p == null) {
                    try (InputStream in = ArcHybridParser.class.getResourceAsStream(MODEL_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(MODEL_RESOURCE + " is missing from the class path");
                        }
                        p = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the parser model " + MODEL_RESOURCE, e);
                    }
                    shared = p;
                }
            }
        }
        return p;
    }

    /** A parser from a model file written by {@link #save}. */
    public static ArcHybridParser load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new IOException(file + ": not a parser model (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public DependencyTree parse(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        String[] forms = new String[tokens.size()];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = tokens.get(i).text();
        }
        Words words = new Words(forms, clusters);
        int[] tags = tagger.tag(words);
        int[] heads = new int[forms.length];
        int[] arcLabels = new int[forms.length];
        parse(words, tags, heads, arcLabels);
        List<SyntaxNode> nodes = new ArrayList<>(forms.length);
        for (int i = 0; i < forms.length; i++) {
            UniversalPos pos = PosTagger.pos(tags[i]);
            nodes.add(new SyntaxNode(i, tokens.get(i), pos, lemmatizer.lemma(forms[i], pos), heads[i], labels[arcLabels[i]]));
        }
        return new DependencyTree(nodes);
    }

    /** The tags of the words ({@link UniversalPos} ordinals). */
    int[] tag(Words words) {
        return tagger.tag(words);
    }

    Words words(String[] forms) {
        return new Words(forms, clusters);
    }

    /** Parses tagged words: heads (-1 for the root) and label ids into the arrays given. */
    void parse(Words words, int[] tags, int[] heads, int[] arcLabels) {
        int n = words.size;
        ArcHybrid c = new ArcHybrid(n);
        ParserFeatures features = new ParserFeatures(words, tags);
        long[] buffer = new long[ParserFeatures.MAX];
        float[] scores = new float[weights.classes()];
        while (!c.terminal()) {
            int forced = forced(c);
            if (forced >= 0) { // a quarter or so of all transitions: nothing to score
                c.apply(forced);
                continue;
            }
            int k = features.extract(c, buffer);
            Arrays.fill(scores, 0f);
            weights.score(buffer, k, scores);
            c.apply(best(c, scores, rootLabel));
        }
        for (int i = 0; i < n; i++) {
            heads[i] = c.heads[i] == n ? -1 : c.heads[i];
            arcLabels[i] = c.labels[i];
        }
    }

    /** The one transition allowed in {@code c}, or -1 when there is a choice. */
    private int forced(ArcHybrid c) {
        if (c.depth == 0) {
            return ArcHybrid.SHIFT;
        }
        return c.front == c.n && c.depth == 1 ? ArcHybrid.left(rootLabel) : -1;
    }

    /** The best-scoring transition allowed in {@code c}. */
    static int best(ArcHybrid c, float[] scores, int rootLabel) {
        int best = -1;
        if (c.valid(ArcHybrid.SHIFT, rootLabel)) {
            best = ArcHybrid.SHIFT;
        }
        boolean left = c.depth > 0 && (c.front < c.n || c.depth == 1);
        boolean toRoot = c.front == c.n;
        boolean right = c.depth >= 2;
        for (int t = 1; t < scores.length; t++) {
            boolean allowed = (t & 1) == 1
                    ? left && (ArcHybrid.labelOf(t) == rootLabel) == toRoot
                    : right && ArcHybrid.labelOf(t) != rootLabel;
            if (allowed && (best < 0 || scores[t] > scores[best])) {
                best = t;
            }
        }
        return best;
    }

    /** This parser with only the {@code keep} largest parser weights. */
    public ArcHybridParser withLargestWeights(int keep) {
        return new ArcHybridParser(clusters, tagger, lemmatizer, weights.largest(keep), labels);
    }

    String label(int id) {
        return labels[id];
    }

    Lemmatizer lemmatizer() {
        return lemmatizer;
    }

    /** How many weights the parser has (the tagger's not counted). */
    public int parserWeights() {
        return weights.nonZero();
    }

    public void save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    void write(OutputStream raw) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(labels.length);
            for (String label : labels) {
                out.writeUTF(label);
            }
            clusters.write(out);
            tagger.write(out);
            lemmatizer.write(out);
            weights.write(out);
        }
    }

    static ArcHybridParser read(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a Storyline parser model of this version");
            }
            int count = in.readInt();
            if (count < 1 || count > 1000) {
                throw new IOException("corrupt model: " + count + " labels");
            }
            String[] labels = new String[count];
            for (int i = 0; i < count; i++) {
                labels[i] = in.readUTF();
            }
            WordClusters clusters = WordClusters.read(in);
            PosTagger tagger = PosTagger.read(in);
            Lemmatizer lemmatizer = Lemmatizer.read(in);
            return new ArcHybridParser(clusters, tagger, lemmatizer, SparseWeights.read(in), labels);
        }
    }
}
