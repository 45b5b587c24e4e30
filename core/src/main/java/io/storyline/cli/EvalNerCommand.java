package io.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.nlp.ner.ConllCorpus;
import io.storyline.nlp.ner.ConllScorer;
import io.storyline.nlp.ner.NerEvaluation;
import io.storyline.nlp.ner.NerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code storyline eval ner FILE}: conlleval phrase-level scores of the NER model on a CoNLL-2003-format file. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "NER scores on a CoNLL-2003-format file (token POS chunk tag; IOB1 or IOB2), scored as conlleval does.")
public final class EvalNerCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CoNLL-2003-format file with gold tags in the last column")
    Path file;

    @Option(names = "--predictions", paramLabel = "OUT", description = "write each input line with the predicted IOB2 tag appended")
    Path predictions;

    @Option(names = "--model", paramLabel = "MODEL", description = "a model file from `train ner` (default: the committed model)")
    Path model;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            System.err.println("storyline: no such file: " + file);
            return ExitCodes.USAGE;
        }
        NerTagger tagger = model == null ? NerTagger.shared() : NerTagger.load(model);
        ConllCorpus corpus = ConllCorpus.read(file);
        long started = System.nanoTime();
        ConllScorer scorer;
        if (predictions == null) {
            scorer = NerEvaluation.run(tagger, corpus, null);
        } else {
            try (Writer out = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
                scorer = NerEvaluation.run(tagger, corpus, out);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", file.toString());
        result.put("model", model == null ? "classpath:" + NerTagger.MODEL_RESOURCE : model.toString());
        result.put("seconds", Math.round(seconds * 1000) / 1000.0);
        result.putAll(scorer.toMap());
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(result));
        return ExitCodes.OK;
    }
}
