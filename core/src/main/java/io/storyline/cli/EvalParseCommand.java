package io.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.nlp.parse.ArcHybridParser;
import io.storyline.nlp.parse.ConlluCorpus;
import io.storyline.nlp.parse.ParseEvaluator;
import io.storyline.nlp.parse.ParseScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code storyline eval parse FILE}: CoNLL 2018 shared-task scores of the parser on a CoNLL-U file. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"UPOS, UAS and LAS of the dependency parser on a CoNLL-U file, as the CoNLL 2018 shared task scores them "
                + "(F1 over words aligned by character spans; labels without subtypes).",
                "By default from our own tokens: each sentence's '# text =' is tokenized and split by the project's tokenizer."})
public final class EvalParseCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CoNLL-U file with gold trees")
    Path file;

    @Option(names = "--gold-tokens", description = "parse the gold words instead of our own tokens")
    boolean goldTokens;

    @Option(names = "--model", paramLabel = "MODEL", description = "a model file from `train parse` (default: the committed model)")
    Path model;

    @Override
    public Integer call() throws Exception {
        ConlluCorpus corpus;
        try {
            corpus = ConlluCorpus.read(file);
        } catch (IOException e) {
            System.err.println("storyline: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ArcHybridParser parser = model == null ? ArcHybridParser.shared() : ArcHybridParser.load(model);
        long started = System.nanoTime();
        ParseScores scores = new ParseEvaluator(parser).evaluate(corpus, goldTokens);
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", file.toString());
        result.put("model", model == null ? "classpath:" + ArcHybridParser.MODEL_RESOURCE : model.toString());
        result.put("tokens", goldTokens ? "gold" : "own");
        result.put("seconds", Math.round(seconds * 1000) / 1000.0);
        result.putAll(scores.toMap());
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(result));
        return ExitCodes.OK;
    }
}
