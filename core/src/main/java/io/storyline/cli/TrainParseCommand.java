package io.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.storyline.nlp.ner.WordClusters;
import io.storyline.nlp.parse.ArcHybridParser;
import io.storyline.nlp.parse.ConlluCorpus;
import io.storyline.nlp.parse.ParseEvaluator;
import io.storyline.nlp.parse.ParseScores;
import io.storyline.nlp.parse.ParserTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

/**
 * {@code storyline train parse}: trains the tagger, lemmatizer and dependency parser on a CoNLL-U treebank and writes
 * the model with a JSON record beside it (parse-model.json) of how it was trained, what it scores on the
 * development file, and the treebank's licence.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Train the part-of-speech tagger, lemmatizer and dependency parser (arc-hybrid, averaged perceptron, dynamic oracle) on CoNLL-U.")
public final class TrainParseCommand implements Callable<Integer> {
    static final String TREEBANK = "../shared/data/ud-english-ewt/";

    @Option(names = "--train", paramLabel = "FILE", defaultValue = TREEBANK + "en_ewt-ud-train.conllu",
            description = "CoNLL-U training file (default: ${DEFAULT-VALUE})")
    Path train;

    @Option(names = "--dev", paramLabel = "FILE", defaultValue = TREEBANK + "en_ewt-ud-dev.conllu",
            description = "CoNLL-U development file: picks the epochs and is scored (default: ${DEFAULT-VALUE})")
    Path dev;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "core/src/main/resources/models",
            description = "folder for parse-model.bin.gz and parse-model.json (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--tagger-epochs", defaultValue = "10") int taggerEpochs;
    @Option(names = "--epochs", defaultValue = "15", description = "most parser epochs (the best on --dev is kept)") int epochs;
    @Option(names = "--folds", defaultValue = "10", description = "jackknife folds for the parser's training tags (1: gold tags)") int folds;
    @Option(names = "--tagger-bits", defaultValue = "19", description = "log2 of the tagger's hashed feature rows") int taggerBits;
    @Option(names = "--parser-bits", defaultValue = "20", description = "log2 of the parser's hashed feature rows") int parserBits;
    @Option(names = "--min-weight", defaultValue = "0.05", description = "drop smaller averaged weights from the model") float minWeight;
    @Option(names = "--explore", defaultValue = "0.9", description = "how often training follows the parser's own decision after epoch 1") double explore;
    @Option(names = "--seed", defaultValue = "17") long seed;
    @Option(names = "--max-weights", defaultValue = "1200000", description = "keep at most this many parser weights, the largest (the model's size; default ${DEFAULT-VALUE})") int maxWeights;
    @Option(names = "--from", paramLabel = "MODEL", description = "no training: cut a model trained before to --max-weights and record it anew (its .json beside it is kept as the training record)") Path from;

    @Override
    public Integer call() throws Exception {
        ConlluCorpus devCorpus = dev == null ? null : ConlluCorpus.read(dev);
        Map<String, Object> record = from == null ? train(devCorpus) : retrained(from);
        Files.createDirectories(out);
        Path model = out.resolve("parse-model.bin.gz");
        trained.withLargestWeights(maxWeights).save(model);
        ArcHybridParser written = ArcHybridParser.load(model);
        record.put("max_weights", maxWeights);
        record.put("parser_weights_kept", written.parserWeights());
        record.put("bytes", Files.size(model));
        if (devCorpus != null) {
            Map<String, Object> scores = new LinkedHashMap<>();
            ParseEvaluator evaluator = new ParseEvaluator(written);
            ParseScores own = evaluator.evaluate(devCorpus, false);
            ParseScores gold = evaluator.evaluate(devCorpus, true);
            scores.put("own_tokens", own.toMap());
            scores.put("gold_tokens", gold.toMap());
            record.put("dev_scores", scores);
            System.err.printf("parse train: written model on %s: own tokens UPOS %.2f UAS %.2f LAS %.2f; gold tokens UPOS %.2f UAS %.2f LAS %.2f%n",
                    dev, 100 * own.uposF1(), 100 * own.uasF1(), 100 * own.lasF1(), 100 * gold.uposF1(), 100 * gold.uasF1(), 100 * gold.lasF1());
        }
        Path json = out.resolve("parse-model.json");
        Files.writeString(json, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(record) + "\n");
        System.err.printf("parse train: wrote %s (%d bytes) and %s%n", model, Files.size(model), json);
        return ExitCodes.OK;
    }

    private ArcHybridParser trained;

    @SuppressWarnings("unchecked")
    private Map<String, Object> retrained(Path model) throws Exception {
        trained = ArcHybridParser.load(model);
        String name = model.getFileName().toString().replaceFirst("\\.bin\\.gz$|\\.gz$", "");
        Path json = model.resolveSibling(name + ".json");
        Map<String, Object> record = Files.isRegularFile(json)
                ? new ObjectMapper().readValue(json.toFile(), LinkedHashMap.class) : new LinkedHashMap<>();
        record.remove("dev_scores");
        return record;
    }

    private Map<String, Object> train(ConlluCorpus devCorpus) throws Exception {
        long started = System.nanoTime();
        ConlluCorpus trainCorpus = ConlluCorpus.read(train);
        ParserTrainer.Settings settings = new ParserTrainer.Settings(taggerEpochs, epochs, folds, taggerBits, parserBits,
                minWeight, explore, seed);
        ParserTrainer.Result result = new ParserTrainer(settings, clusters(), System.err).train(trainCorpus, devCorpus);
        double trainingSeconds = (System.nanoTime() - started) / 1e9;
        trained = result.parser();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("model", "parse-model.bin.gz");
        record.put("trained", Instant.now().toString());
        record.put("train", train.getFileName().toString());
        record.put("dev", dev == null ? null : dev.getFileName().toString());
        record.put("treebank", "Universal Dependencies English Web Treebank (UD_English-EWT v2.15), gold trees; "
                + "annotations (c) The Board of Trustees of the Leland Stanford Junior University");
        record.put("license", "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/): this model is a derived work of the treebank and is shared under the same licence");
        record.put("source", "https://github.com/UniversalDependencies/UD_English-EWT");
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("tagger_epochs", taggerEpochs);
        used.put("epochs", epochs);
        used.put("folds", folds);
        used.put("tagger_bits", taggerBits);
        used.put("parser_bits", parserBits);
        used.put("min_weight", minWeight);
        used.put("explore", explore);
        used.put("seed", seed);
        record.put("settings", used);
        record.putAll(result.record());
        record.put("training_seconds", Math.round(trainingSeconds * 10) / 10.0);
        return record;
    }

    private static WordClusters clusters() throws Exception {
        try (InputStream in = TrainParseCommand.class.getResourceAsStream(TrainNerCommand.CLUSTERS_RESOURCE)) {
            if (in == null) {
                System.err.println("parse train: no word clusters on the class path; training without them");
                return WordClusters.empty();
            }
            return WordClusters.readPaths(new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)));
        }
    }
}
