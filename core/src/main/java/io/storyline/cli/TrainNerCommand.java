package io.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.storyline.nlp.ner.ConllCorpus;
import io.storyline.nlp.ner.ConllScorer;
import io.storyline.nlp.ner.NerEvaluation;
import io.storyline.nlp.ner.NerTagger;
import io.storyline.nlp.ner.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

/**
 * {@code storyline train ner}: trains the named-entity model on CoNLL-2003-format files and writes it with a JSON
 * record beside it (MODEL minus ".bin.gz" plus ".json") of how it was trained and what it scores.
 */
@Command(name = "ner", mixinStandardHelpOptions = true, description = "Train the named-entity model (averaged perceptron, BILOU, Viterbi).")
public final class TrainNerCommand implements Callable<Integer> {
    static final String CLUSTERS_RESOURCE = "/models/ner-clusters.txt.gz";

    @Option(names = "--train", required = true, paramLabel = "FILE", description = "CoNLL-format training file (repeatable)")
    List<Path> train;

    @Option(names = "--dev", paramLabel = "FILE", description = "development file: picks the epoch")
    Path dev;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "model file to write, e.g. core/src/main/resources/models/ner-model.bin.gz")
    Path out;

    @Option(names = "--clusters", paramLabel = "FILE", description = "word clusters (path TAB word TAB count, .gz allowed); default: the committed ones")
    Path clusters;

    @Option(names = "--score", paramLabel = "FILE", description = "score the written model on FILE and record it (repeatable)")
    List<Path> score = new ArrayList<>();

    @Option(names = "--epochs", defaultValue = "15") int epochs;
    @Option(names = "--first-epochs", defaultValue = "0", description = "fixed epochs of the first pass (0: best on --dev, else --epochs)") int firstEpochs;
    @Option(names = "--one-pass", description = "no second, document-aware pass") boolean onePass;
    @Option(names = "--folds", defaultValue = "5", description = "jackknife folds of the training-name gazetteer") int folds;
    @Option(names = "--min-count", defaultValue = "1", description = "drop features seen fewer times") int minCount;
    @Option(names = "--min-weight", defaultValue = "0.01", description = "drop weights smaller than this when writing") float minWeight;
    @Option(names = "--seed", defaultValue = "17") long seed;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        ConllCorpus trainCorpus = ConllCorpus.read(train);
        ConllCorpus devCorpus = dev == null ? null : ConllCorpus.read(dev);
        NerTrainer.Settings settings = new NerTrainer.Settings(epochs, firstEpochs, !onePass, folds, seed, minCount, minWeight);
        NerTrainer.Result result;
        try (BufferedReader clusterReader = openClusters()) {
            result = new NerTrainer(settings, clusterReader, System.err).train(trainCorpus, devCorpus);
        }
        double trainingSeconds = (System.nanoTime() - started) / 1e9;
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        result.tagger().save(out, minWeight);
        NerTagger written = NerTagger.load(out);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("model", out.getFileName().toString());
        record.put("trained", Instant.now().toString());
        record.put("train", train.stream().map(p -> p.getFileName().toString()).toList());
        record.put("dev", dev == null ? null : dev.getFileName().toString());
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("epochs", epochs);
        used.put("first_epochs", firstEpochs);
        used.put("two_passes", !onePass);
        used.put("folds", folds);
        used.put("min_count", minCount);
        used.put("min_weight", minWeight);
        used.put("seed", seed);
        record.put("settings", used);
        record.put("first_pass_epoch", result.firstPassEpoch());
        record.put("best_epoch", result.bestEpoch());
        record.put("dev_f1_while_training", dev == null ? null : result.devF1());
        record.put("features", result.features());
        record.put("bytes", Files.size(out));
        record.put("training_seconds", Math.round(trainingSeconds * 10) / 10.0);
        Map<String, Object> scores = new LinkedHashMap<>();
        for (Path file : score) {
            ConllScorer s = NerEvaluation.run(written, ConllCorpus.read(file), null);
            scores.put(file.getFileName().toString(), s.toMap());
            System.err.printf("ner train: written model scores F1 %.4f on %s%n", s.f1(), file);
        }
        record.put("scores", scores);
        String name = out.getFileName().toString().replaceFirst("\\.bin\\.gz$|\\.gz$", "");
        Path json = out.resolveSibling(name + ".json");
        Files.writeString(json, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(record) + "\n");
        System.err.printf("ner train: wrote %s (%d bytes) and %s%n", out, Files.size(out), json);
        return ExitCodes.OK;
    }

    private BufferedReader openClusters() throws IOException {
        InputStream in = clusters == null ? TrainNerCommand.class.getResourceAsStream(CLUSTERS_RESOURCE) : Files.newInputStream(clusters);
        if (in == null) {
            System.err.println("ner train: no word clusters on the class path; training without them");
            return null;
        }
        boolean gz = clusters == null || clusters.toString().endsWith(".gz");
        return new BufferedReader(new InputStreamReader(gz ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
    }
}
