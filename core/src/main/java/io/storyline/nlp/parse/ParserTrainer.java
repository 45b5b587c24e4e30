package io.storyline.nlp.parse;

import io.storyline.nlp.UniversalPos;
import io.storyline.nlp.ner.LongIntMap;
import io.storyline.nlp.ner.WordClusters;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains the tagger, the lemmatizer and the parser on a CoNLL-U treebank. The parser learns from the tags the
 * tagger would give, not the gold ones: each tenth of the training sentences is tagged by a tagger trained on the
 * other nine (jackknifing), so training sees realistic tag errors. The parser is trained greedily with the dynamic
 * oracle of Goldberg and Nivre (2013): after the first epoch it mostly follows its own (possibly wrong) decisions and
 * learns the best continuation from there, which a static oracle never shows it. The epochs of both are chosen on
 * the development file.
 */
public final class ParserTrainer {
    /**
     * @param taggerEpochs  most passes of the tagger (the best on dev is kept)
     * @param parserEpochs  most passes of the parser (the best dev LAS is kept)
     * @param folds         jackknife folds for the parser's training tags (1: gold tags)
     * @param taggerBits    log2 of the tagger's hashed feature rows
     * @param parserBits    log2 of the parser's hashed feature rows
     * @param minWeight     averaged weights smaller than this are dropped from the model
     * @param explore       probability of following the parser's own decision after the first epoch
     */
    public record Settings(int taggerEpochs, int parserEpochs, int folds, int taggerBits, int parserBits,
                           float minWeight, double explore, long seed) {
        public static Settings defaults() {
            return new Settings(10, 15, 10, 19, 20, 0.05f, 0.9, 17);
        }
    }

    /** The trained parser and a record of how it was trained. */
    public record Result(ArcHybridParser parser, Map<String, Object> record) {
    }

    private record Example(Words words, int[] tags, int[] heads, int[] labels, ConlluSentence sentence) {
    }

    private final Settings settings;
    private final WordClusters clusters;
    private final PrintStream log;

    public ParserTrainer(Settings settings, WordClusters clusters, PrintStream log) {
        this.settings = settings;
        this.clusters = clusters;
        this.log = log;
    }

    public Result train(ConlluCorpus train, ConlluCorpus dev) {
        long started = System.nanoTime();
        String[] labels = labels(train);
        Map<String, Integer> labelIds = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            labelIds.put(labels[i], i);
        }
        List<Example> examples = examples(train, labelIds);
        List<Example> devExamples = dev == null ? List.of() : examples(dev, labelIds);
        Map<String, Object> record = new LinkedHashMap<>();

        LongIntMap dictionary = tagDictionary(examples);
        TaggerRun full = trainTagger(examples, devExamples, dictionary, settings.taggerEpochs(), "tagger");
        record.put("tagger_epoch", full.epoch);
        record.put("tagger_dev_upos_gold_tokens", full.devAccuracy);
        record.put("tag_dictionary_words", dictionary.size());
        log.printf("parse train: tagger epoch %d, dev UPOS %.4f, %.1fs%n", full.epoch, full.devAccuracy, seconds(started));

        List<int[]> trainTags = jackknife(examples, dictionary, full.epoch);
        log.printf("parse train: jackknifed tags (%d folds), %.1fs%n", settings.folds(), seconds(started));
        List<int[]> devTags = new ArrayList<>();
        for (Example e : devExamples) {
            devTags.add(full.tagger.tag(e.words()));
        }

        List<Lemmatizer.Example> lemmaExamples = new ArrayList<>();
        for (ConlluSentence s : train.sentences()) {
            for (ConlluWord w : s.words()) {
                lemmaExamples.add(new Lemmatizer.Example(w.form(), UniversalPos.fromConllu(w.upos()), w.lemma()));
            }
        }
        Lemmatizer lemmatizer = Lemmatizer.learn(lemmaExamples);
        record.put("lemma_table_entries", lemmatizer.tableSize());

        int rootLabel = labelIds.get("root");
        int classes = ArcHybrid.classes(labels.length);
        AveragedPerceptron perceptron = new AveragedPerceptron(settings.parserBits(), classes);
        Random random = new Random(settings.seed());
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        long[] features = new long[ParserFeatures.MAX];
        float[] scores = new float[classes];
        int[] costs = new int[classes];
        SparseWeights best = null;
        double bestLas = -1;
        int bestEpoch = 0;
        List<Map<String, Object>> epochs = new ArrayList<>();
        for (int epoch = 1; epoch <= settings.parserEpochs(); epoch++) {
            long epochStart = System.nanoTime();
            shuffle(order, random);
            long transitions = 0, wrong = 0;
            for (int o : order) {
                Example e = examples.get(o);
                ArcHybrid c = new ArcHybrid(e.words().size);
                ParserFeatures extractor = new ParserFeatures(e.words(), trainTags.get(o));
                while (!c.terminal()) {
                    int k = extractor.extract(c, features);
                    Arrays.fill(scores, 0f);
                    perceptron.score(features, k, scores);
                    c.costs(e.heads(), e.labels(), rootLabel, costs);
                    int predicted = ArcHybridParser.best(c, scores, rootLabel);
                    int cheapest = Integer.MAX_VALUE;
                    for (int cost : costs) {
                        cheapest = Math.min(cheapest, cost);
                    }
                    int oracle = -1;
                    for (int t = 0; t < classes; t++) {
                        if (costs[t] == cheapest && (oracle < 0 || scores[t] > scores[oracle])) {
                            oracle = t;
                        }
                    }
                    if (costs[predicted] > cheapest) {
                        perceptron.update(features, k, oracle, 1f);
                        perceptron.update(features, k, predicted, -1f);
                        wrong++;
                    }
                    perceptron.tick();
                    transitions++;
                    boolean explore = epoch > 1 && random.nextDouble() < settings.explore();
                    c.apply(explore ? predicted : oracle);
                }
            }
            SparseWeights averaged = perceptron.averaged(settings.minWeight());
            ArcHybridParser candidate = new ArcHybridParser(clusters, full.tagger, lemmatizer, averaged, labels);
            double[] devScores = devExamples.isEmpty() ? new double[]{Double.NaN, Double.NaN} : attachment(candidate, devExamples, devTags);
            log.printf("parse train: epoch %d, %d of %d transitions wrong, dev UAS %.4f LAS %.4f (gold tokens, our tags), %d weights, %.1fs%n",
                    epoch, wrong, transitions, devScores[0], devScores[1], averaged.nonZero(), seconds(epochStart));
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("epoch", epoch);
            line.put("dev_uas", round(devScores[0]));
            line.put("dev_las", round(devScores[1]));
            epochs.add(line);
            if (devExamples.isEmpty() ? epoch == settings.parserEpochs() : devScores[1] > bestLas) {
                best = averaged;
                bestLas = devScores[1];
                bestEpoch = epoch;
            }
        }
        record.put("parser_epoch", bestEpoch);
        record.put("parser_dev_las_gold_tokens_while_training", round(bestLas));
        record.put("parser_epochs", epochs);
        record.put("parser_weights", best.nonZero());
        record.put("labels", labels.length);
        log.printf("parse train: best epoch %d, dev LAS %.4f, %.1fs in all%n", bestEpoch, bestLas, seconds(started));
        return new Result(new ArcHybridParser(clusters, full.tagger, lemmatizer, best, labels), record);
    }

    /** A tagger alone, trained for {@code epochs} passes over the corpus with its own tag dictionary. */
    PosTagger trainTagger(ConlluCorpus corpus, int epochs) {
        List<Example> examples = examples(corpus, Map.of());
        return trainTagger(examples, List.of(), tagDictionary(examples), epochs, "tagger").tagger;
    }

    /** Every relation of the training trees, "root" included, sorted. */
    static String[] labels(ConlluCorpus train) {
        TreeSet<String> labels = new TreeSet<>();
        labels.add("root");
        for (ConlluSentence s : train.sentences()) {
            for (ConlluWord w : s.words()) {
                labels.add(w.deprel());
            }
        }
        return labels.toArray(String[]::new);
    }

    private List<Example> examples(ConlluCorpus corpus, Map<String, Integer> labelIds) {
        List<Example> out = new ArrayList<>();
        for (ConlluSentence s : corpus.sentences()) {
            int n = s.words().size();
            int[] tags = new int[n], heads = new int[n], labels = new int[n];
            for (int i = 0; i < n; i++) {
                ConlluWord w = s.words().get(i);
                tags[i] = UniversalPos.fromConllu(w.upos()).ordinal();
                heads[i] = w.head() < 0 ? n : w.head();
                labels[i] = labelIds.getOrDefault(w.deprel(), -1);
            }
            out.add(new Example(new Words(s.forms(), clusters), tags, heads, labels, s));
        }
        return out;
    }

    /** Unlabelled and labelled attachment of gold-tokenised sentences; labels compared without subtypes, as CoNLL 2018. */
    private static double[] attachment(ArcHybridParser parser, List<Example> examples, List<int[]> tags) {
        long words = 0, heads = 0, labelled = 0;
        for (int s = 0; s < examples.size(); s++) {
            Example e = examples.get(s);
            int n = e.words().size;
            int[] h = new int[n], l = new int[n];
            parser.parse(e.words(), tags.get(s), h, l);
            for (int i = 0; i < n; i++) {
                ConlluWord gold = e.sentence().words().get(i);
                words++;
                if (h[i] == gold.head()) {
                    heads++;
                    if (ParseScores.universal(parser.label(l[i])).equals(ParseScores.universal(gold.deprel()))) {
                        labelled++;
                    }
                }
            }
        }
        return new double[]{(double) heads / words, (double) labelled / words};
    }

    private static LongIntMap tagDictionary(List<Example> examples) {
        Map<Long, int[]> counts = new HashMap<>();
        for (Example e : examples) {
            for (int i = 0; i < e.words().size; i++) {
                counts.computeIfAbsent(e.words().exact[i], k -> new int[PosTagger.TAGS])[e.tags()[i]]++;
            }
        }
        LongIntMap dictionary = new LongIntMap(1 << 12);
        counts.forEach((word, c) -> {
            int total = 0, top = 0;
            for (int t = 0; t < c.length; t++) {
                total += c[t];
                if (c[t] > c[top]) {
                    top = t;
                }
            }
            if (total >= 20 && c[top] >= 0.995 * total) {
                dictionary.put(word, top + 1);
            }
        });
        return dictionary;
    }

    private record TaggerRun(PosTagger tagger, int epoch, double devAccuracy) {
    }

    /** Trains a tagger for up to {@code epochs} passes, keeping the best on dev (the last without dev). */
    private TaggerRun trainTagger(List<Example> examples, List<Example> dev, LongIntMap dictionary, int epochs, String name) {
        AveragedPerceptron perceptron = new AveragedPerceptron(settings.taggerBits(), PosTagger.TAGS);
        Random random = new Random(settings.seed());
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        long[] features = new long[PosTagger.MAX_FEATURES];
        float[] scores = new float[PosTagger.TAGS];
        TaggerRun best = null;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            shuffle(order, random);
            for (int o : order) {
                Example e = examples.get(o);
                int[] predicted = new int[e.words().size];
                for (int i = 0; i < predicted.length; i++) {
                    int known = dictionary.get(e.words().exact[i], 0);
                    if (known > 0) {
                        predicted[i] = known - 1;
                        continue;
                    }
                    int k = PosTagger.features(e.words(), i, predicted, features);
                    Arrays.fill(scores, 0f);
                    perceptron.score(features, k, scores);
                    int guess = PosTagger.argmax(scores);
                    int gold = e.tags()[i];
                    if (guess != gold) {
                        perceptron.update(features, k, gold, 1f);
                        perceptron.update(features, k, guess, -1f);
                    }
                    perceptron.tick();
                    predicted[i] = guess;
                }
            }
            PosTagger tagger = new PosTagger(perceptron.averaged(settings.minWeight() / 5), dictionary);
            double accuracy = dev.isEmpty() ? Double.NaN : accuracy(tagger, dev);
            if (!dev.isEmpty()) {
                log.printf("parse train: %s epoch %d, dev UPOS %.4f%n", name, epoch, accuracy);
            }
            if (dev.isEmpty() ? epoch == epochs : best == null || accuracy > best.devAccuracy) {
                best = new TaggerRun(tagger, epoch, accuracy);
            }
        }
        return best;
    }

    private static double accuracy(PosTagger tagger, List<Example> examples) {
        long right = 0, all = 0;
        for (Example e : examples) {
            int[] tags = tagger.tag(e.words());
            for (int i = 0; i < tags.length; i++) {
                right += tags[i] == e.tags()[i] ? 1 : 0;
                all++;
            }
        }
        return (double) right / all;
    }

    /** Tags of each training sentence from a tagger that never saw it; gold tags with one fold. */
    private List<int[]> jackknife(List<Example> examples, LongIntMap dictionary, int epochs) {
        List<int[]> tags = new ArrayList<>(Arrays.asList(new int[examples.size()][]));
        int folds = settings.folds();
        if (folds <= 1) {
            for (int i = 0; i < examples.size(); i++) {
                tags.set(i, examples.get(i).tags());
            }
            return tags;
        }
        for (int f = 0; f < folds; f++) {
            List<Example> others = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % folds != f) {
                    others.add(examples.get(i));
                }
            }
            PosTagger tagger = trainTagger(others, List.of(), dictionary, epochs, "fold " + (f + 1)).tagger;
            for (int i = f; i < examples.size(); i += folds) {
                tags.set(i, tagger.tag(examples.get(i).words()));
            }
        }
        return tags;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
