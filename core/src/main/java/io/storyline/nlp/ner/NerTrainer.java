package io.storyline.nlp.ner;

import io.storyline.nlp.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Trains the tagger: a structured perceptron over BILOU tags with Viterbi decoding and weight averaging
 * (Collins 2002), the epoch chosen by F1 on a development file when one is given.
 * The CoNLL-derived gazetteer is built jackknife-style while training (each document sees only names from the
 * other folds), otherwise the weights would learn that every training name is in the list and overtrust it.
 */
public final class NerTrainer {
    private static final int T = Bilou.COUNT;

    /**
     * @param epochs    passes over the training data (the best one on dev is kept)
     * @param firstPassEpochs passes of the first tagging pass when fixed (0: as {@code epochs}, best on dev)
     * @param twoPasses whether a second pass reads the first pass's decisions for the whole document
     * @param folds     jackknife folds for the gazetteer
     * @param minCount  features seen fewer times in training are dropped
     * @param minWeight averaged weights smaller than this are dropped when the model is written
     */
    public record Settings(int epochs, int firstPassEpochs, boolean twoPasses, int folds, long seed, int minCount, float minWeight) {
        public static Settings defaults() {
            return new Settings(15, 0, true, 5, 17, 1, 0.01f);
        }
    }

    /** A trained model and how it was chosen. */
    public record Result(NerTagger tagger, int firstPassEpoch, int bestEpoch, double devF1, int features) {
    }

    private record Instance(int doc, int[] offsets, int[] ids, int[] gold, String[] labels) {
    }

    private final Settings settings;
    private final PrintStream log;
    private final WordClusters clusters;
    private final Gazetteer world;

    public NerTrainer(Settings settings, BufferedReader clusterPaths, PrintStream log) throws IOException {
        this.settings = settings;
        this.log = log;
        this.clusters = clusterPaths == null ? WordClusters.empty() : WordClusters.readPaths(clusterPaths);
        this.world = worldGazetteer();
    }

    /** The general-knowledge name lists shipped with the code (countries, capitals, demonyms, organisations, …). */
    static Gazetteer worldGazetteer() throws IOException {
        Gazetteer g = new Gazetteer();
        try (InputStream in = NerTrainer.class.getResourceAsStream("/models/ner-gazetteer-world.tsv")) {
            if (in == null) {
                throw new IOException("models/ner-gazetteer-world.tsv is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                EntityType type = EntityType.ofConll(cols[0].strip());
                if (type != null && cols.length > 1) {
                    g.add(type, List.of(cols[1].strip().split("\\s+")));
                }
            }
        }
        return g;
    }

    private static Gazetteer gazetteerOf(List<ConllCorpus.Document> documents) {
        Gazetteer g = new Gazetteer();
        for (ConllCorpus.Document d : documents) {
            for (ConllCorpus.Sentence s : d.sentences()) {
                for (ConllChunks.Chunk c : ConllChunks.of(s.labels())) {
                    EntityType type = EntityType.ofConll(c.type());
                    if (type != null) {
                        g.add(type, Arrays.asList(s.words()).subList(c.start(), c.end()));
                    }
                }
            }
        }
        return g;
    }

    public Result train(ConllCorpus train, ConllCorpus dev) {
        long started = System.nanoTime();
        List<ConllCorpus.Document> docs = train.documents();
        List<ConllCorpus.Document> devDocs = dev == null ? List.of() : dev.documents();
        int folds = settings.folds();
        List<Gazetteer> foldGazetteers = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<ConllCorpus.Document> others = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) {
                if (d % folds != f) {
                    others.add(docs.get(d));
                }
            }
            foldGazetteers.add(world.union(gazetteerOf(others)));
        }
        Gazetteer full = world.union(gazetteerOf(docs));
        List<TokenTable> tables = new ArrayList<>(), devTables = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            tables.add(table(docs.get(d), foldGazetteers.get(d % folds)));
        }
        for (ConllCorpus.Document d : devDocs) {
            devTables.add(table(d, full));
        }

        Extracted firstFeatures = extract(docs, tables, devDocs, devTables);
        log.printf("ner train: pass 1: %d sentences, %d features, %d dev sentences, %.1fs%n", firstFeatures.instances.size(),
                firstFeatures.featureCount, firstFeatures.dev.size(), seconds(started));
        int firstEpochs = settings.firstPassEpochs() > 0 ? settings.firstPassEpochs() : settings.epochs();
        Trained first = perceptron(firstFeatures, firstFeatures.instances, firstFeatures.dev, firstEpochs, "pass 1");
        StageWeights firstWeights = new StageWeights(firstFeatures.index, first.weights, first.transitions);
        if (!settings.twoPasses()) {
            return finish(new NerModel(firstWeights, null, full, clusters), first, first, firstFeatures.featureCount, started);
        }
        // first-pass tags of each training document from a model that never saw it (jackknife), of dev from the full one
        for (int f = 0; f < folds; f++) {
            List<Instance> others = new ArrayList<>();
            for (Instance in : firstFeatures.instances) {
                if (in.doc() % folds != f) {
                    others.add(in);
                }
            }
            Trained held = perceptron(firstFeatures, others, List.of(), first.epoch, "pass 1 without fold " + (f + 1));
            for (int d = f; d < docs.size(); d += folds) {
                runFirstPass(new StageWeights(firstFeatures.index, held.weights, held.transitions), tables.get(d));
            }
        }
        for (TokenTable t : devTables) {
            runFirstPass(firstWeights, t);
        }
        Extracted secondFeatures = extract(docs, tables, devDocs, devTables);
        log.printf("ner train: pass 2: %d features, %.1fs%n", secondFeatures.featureCount, seconds(started));
        Trained second = perceptron(secondFeatures, secondFeatures.instances, secondFeatures.dev, settings.epochs(), "pass 2");
        StageWeights secondWeights = new StageWeights(secondFeatures.index, second.weights, second.transitions);
        return finish(new NerModel(firstWeights, secondWeights, full, clusters), first, second,
                firstFeatures.featureCount + secondFeatures.featureCount, started);
    }

    private Result finish(NerModel model, Trained first, Trained last, int features, long started) {
        log.printf("ner train: best epoch %d, dev F1 %.4f, %.1fs in all%n", last.epoch, last.devF1, seconds(started));
        return new Result(new NerTagger(model), first.epoch, last.epoch, last.devF1, features);
    }

    /** Tags the table with first-pass weights and hands the tags to it for the second pass's features. */
    private static void runFirstPass(StageWeights weights, TokenTable table) {
        int[] tags = new int[table.size];
        weights.tag(table, tags);
        table.setFirstPass(tags);
    }

    private record Extracted(LongIntMap index, int featureCount, List<Instance> instances, List<Instance> dev) {
    }

    private record Trained(float[] weights, float[] transitions, int epoch, double devF1) {
    }

    private Extracted extract(List<ConllCorpus.Document> docs, List<TokenTable> tables,
                              List<ConllCorpus.Document> devDocs, List<TokenTable> devTables) {
        LongIntMap counts = new LongIntMap(1 << 20);
        List<long[]> hashes = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        long[] buffer = new long[NerFeatures.MAX];
        for (int d = 0; d < docs.size(); d++) {
            collect(docs.get(d), tables.get(d), buffer, counts, hashes, offsets);
        }
        LongIntMap index = new LongIntMap(counts.size());
        int[] next = {0};
        counts.forEach((k, v) -> {
            if (v >= settings.minCount()) {
                index.put(k, next[0]++);
            }
        });
        List<Instance> instances = new ArrayList<>();
        int i = 0;
        for (int d = 0; d < docs.size(); d++) {
            for (ConllCorpus.Sentence s : docs.get(d).sentences()) {
                instances.add(instance(d, s, offsets.get(i), hashes.get(i), index));
                i++;
            }
        }
        List<Instance> devInstances = new ArrayList<>();
        for (int d = 0; d < devDocs.size(); d++) {
            hashes.clear();
            offsets.clear();
            collect(devDocs.get(d), devTables.get(d), buffer, null, hashes, offsets);
            int k = 0;
            for (ConllCorpus.Sentence s : devDocs.get(d).sentences()) {
                devInstances.add(instance(d, s, offsets.get(k), hashes.get(k), index));
                k++;
            }
        }
        return new Extracted(index, next[0], instances, devInstances);
    }

    private static void collect(ConllCorpus.Document doc, TokenTable table, long[] buffer, LongIntMap counts,
                                List<long[]> hashes, List<int[]> offsets) {
        int base = 0;
        for (ConllCorpus.Sentence s : doc.sentences()) {
            int[] off = new int[s.words().length + 1];
            long[] h = new long[s.words().length * NerFeatures.MAX];
            int n = 0;
            for (int k = 0; k < s.words().length; k++) {
                off[k] = n;
                int c = NerFeatures.extract(table, base + k, buffer);
                if (counts != null) {
                    for (int f = 0; f < c; f++) {
                        counts.add(buffer[f], 1);
                    }
                }
                System.arraycopy(buffer, 0, h, n, c);
                n += c;
            }
            off[s.words().length] = n;
            hashes.add(Arrays.copyOf(h, n));
            offsets.add(off);
            base += s.words().length;
        }
    }

    /** Averaged structured perceptron; with dev instances, returns the epoch that scores best on them. */
    private Trained perceptron(Extracted features, List<Instance> instances, List<Instance> devInstances, int epochs, String name) {
        int featureCount = features.featureCount;
        float[] w = new float[featureCount * T];
        double[] u = new double[featureCount * T];
        float[] trans = new float[T * T + 2 * T];
        double[] transU = new double[trans.length];
        float[] avg = new float[w.length], avgTrans = new float[trans.length];
        Trained best = null;
        long c = 1;
        int longest = 1;
        for (Instance in : instances) {
            longest = Math.max(longest, in.gold().length);
        }
        for (Instance in : devInstances) {
            longest = Math.max(longest, in.gold().length);
        }
        Decoder decoder = new Decoder(longest);
        int[] order = new int[instances.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long epochStart = System.nanoTime();
            shuffle(order, random);
            int mistakes = 0;
            for (int o : order) {
                Instance in = instances.get(o);
                int[] pred = decoder.decode(in, w, trans);
                int[] gold = in.gold();
                boolean wrong = false;
                for (int k = 0; k < gold.length; k++) {
                    if (pred[k] != gold[k]) {
                        wrong = true;
                        for (int f = in.offsets()[k]; f < in.offsets()[k + 1]; f++) {
                            int base = in.ids()[f] * T;
                            w[base + gold[k]] += 1;
                            u[base + gold[k]] += c;
                            w[base + pred[k]] -= 1;
                            u[base + pred[k]] -= c;
                        }
                    }
                }
                if (wrong) {
                    mistakes++;
                    updateTransitions(trans, transU, gold, 1, c);
                    updateTransitions(trans, transU, pred, -1, c);
                }
                c++;
            }
            for (int i = 0; i < w.length; i++) {
                avg[i] = (float) (w[i] - u[i] / c);
            }
            for (int i = 0; i < trans.length; i++) {
                avgTrans[i] = (float) (trans[i] - transU[i] / c);
            }
            double f1 = devInstances.isEmpty() ? Double.NaN : score(devInstances, decoder, avg, avgTrans).f1();
            log.printf("ner train: %s: epoch %d, %d sentences wrong, dev F1 %.4f, %.1fs%n", name, epoch, mistakes, f1, seconds(epochStart));
            if (devInstances.isEmpty() ? epoch == epochs : best == null || f1 > best.devF1) {
                best = new Trained(avg.clone(), avgTrans.clone(), epoch, f1);
            }
        }
        return best;
    }

    private static void updateTransitions(float[] trans, double[] transU, int[] tags, int delta, long c) {
        int n = tags.length;
        bump(trans, transU, T * T + tags[0], delta, c);
        bump(trans, transU, T * T + T + tags[n - 1], delta, c);
        for (int k = 1; k < n; k++) {
            bump(trans, transU, tags[k - 1] * T + tags[k], delta, c);
        }
    }

    private static void bump(float[] trans, double[] transU, int i, int delta, long c) {
        trans[i] += delta;
        transU[i] += (double) delta * c;
    }

    private static ConllScorer score(List<Instance> instances, Decoder decoder, float[] w, float[] trans) {
        ConllScorer scorer = new ConllScorer();
        for (Instance in : instances) {
            int[] pred = decoder.decode(in, w, trans);
            String[] labels = new String[pred.length];
            for (int k = 0; k < pred.length; k++) {
                labels[k] = Bilou.iob2(pred[k]);
            }
            scorer.add(in.labels(), labels);
        }
        return scorer;
    }

    /** Maps hashes to feature ids, dropping unknown ones. */
    private static Instance instance(int doc, ConllCorpus.Sentence s, int[] hashOffsets, long[] hashes, LongIntMap index) {
        int n = s.words().length;
        int[] off = new int[n + 1];
        int[] ids = new int[hashes.length];
        int m = 0;
        for (int k = 0; k < n; k++) {
            off[k] = m;
            for (int f = hashOffsets[k]; f < hashOffsets[k + 1]; f++) {
                int id = index.get(hashes[f], -1);
                if (id >= 0) {
                    ids[m++] = id;
                }
            }
        }
        off[n] = m;
        return new Instance(doc, off, Arrays.copyOf(ids, m), goldTags(s), s.labels());
    }

    static int[] goldTags(ConllCorpus.Sentence s) {
        List<ConllChunks.Chunk> chunks = ConllChunks.of(s.labels());
        int[] starts = new int[chunks.size()], ends = new int[chunks.size()];
        EntityType[] types = new EntityType[chunks.size()];
        int n = 0;
        for (ConllChunks.Chunk c : chunks) {
            EntityType type = EntityType.ofConll(c.type());
            if (type != null) {
                starts[n] = c.start();
                ends[n] = c.end();
                types[n++] = type;
            }
        }
        int[] tags = new int[s.words().length];
        Bilou.encode(tags, 0, tags.length, starts, ends, types, n);
        return tags;
    }

    static TokenTable table(ConllCorpus.Document d, Gazetteer gazetteer, WordClusters clusters) {
        CharSequence[][] words = new CharSequence[d.sentences().size()][];
        for (int i = 0; i < words.length; i++) {
            words[i] = d.sentences().get(i).words();
        }
        return new TokenTable(words, gazetteer, clusters);
    }

    private TokenTable table(ConllCorpus.Document d, Gazetteer gazetteer) {
        return table(d, gazetteer, clusters);
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Viterbi over precomputed feature ids with scratch reused across sentences. */
    private static final class Decoder {
        final float[] emission, score;
        final int[] back, out;

        Decoder(int longest) {
            emission = new float[longest * T];
            score = new float[longest * T];
            back = new int[longest * T];
            out = new int[longest];
        }

        int[] decode(Instance in, float[] w, float[] trans) {
            int n = in.gold().length;
            Arrays.fill(emission, 0, n * T, 0f);
            for (int k = 0; k < n; k++) {
                int row = k * T;
                for (int f = in.offsets()[k]; f < in.offsets()[k + 1]; f++) {
                    int base = in.ids()[f] * T;
                    for (int tag = 0; tag < T; tag++) {
                        emission[row + tag] += w[base + tag];
                    }
                }
            }
            Viterbi.decode(emission, n, trans, score, back, out);
            return Arrays.copyOf(out, n);
        }
    }
}
