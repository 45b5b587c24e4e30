package io.storyline.cli;

import io.storyline.nlp.ner.ClusterBuilder;
import io.storyline.nlp.ner.ConllCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/** {@code storyline train ner-clusters}: learns the word clusters the NER features use from unlabelled text. */
@Command(name = "ner-clusters", mixinStandardHelpOptions = true,
        description = "Learn word clusters for the NER model from TimeML (.tml) folders and CoNLL files (their words only).")
public final class TrainNerClustersCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "folders of .tml files")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--conll", paramLabel = "FILE", description = "CoNLL file whose words are added (repeatable)")
    List<Path> conll = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "clusters file (.gz is gzipped)")
    Path out;

    @Option(names = "--min-count", defaultValue = "2") int minCount;
    @Option(names = "--contexts", defaultValue = "500") int contexts;
    @Option(names = "--max-depth", defaultValue = "20") int maxDepth;
    @Option(names = "--min-leaf", defaultValue = "3") int minLeaf;
    @Option(names = "--unbalanced", description = "split at the 2-means boundary instead of the median") boolean unbalanced;

    @Override
    public Integer call() throws Exception {
        ClusterBuilder builder = new ClusterBuilder(minCount, contexts, maxDepth, minLeaf, !unbalanced, System.err);
        int files = 0;
        for (Path folder : folders) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path p : paths.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                    builder.addTimeMl(p);
                    files++;
                }
            }
        }
        for (Path file : conll) {
            builder.addConll(ConllCorpus.read(file));
        }
        System.err.printf("clusters: read %d TimeML files and %d CoNLL files%n", files, conll.size());
        Path plain = out.toString().endsWith(".gz") ? Files.createTempFile("storyline-clusters", ".txt") : out;
        builder.write(plain);
        if (plain != out) {
            try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(out))) {
                Files.copy(plain, gz);
            }
            Files.delete(plain);
        }
        return ExitCodes.OK;
    }
}
