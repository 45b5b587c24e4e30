package io.storyline.bench;

import io.storyline.cli.Benchmark;
import io.storyline.nlp.SentenceSplitter;
import io.storyline.nlp.Tokenizer;
import io.storyline.nlp.quote.QuoteFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyline bench tokenize}: chars/s of the tokenizer, the sentence splitter and quote finding on news text. */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
        description = "Speed of Tokenizer, SentenceSplitter and QuoteFinder (no entities) on TimeML news text.")
public final class TokenizeBenchmark implements Benchmark, Callable<Integer> {
    @Option(names = "--corpus", description = "folder searched for .tml files (default: ../shared/data/tempeval3/TBAQ-cleaned)")
    Path corpus = Path.of("..", "shared", "data", "tempeval3", "TBAQ-cleaned");

    @Option(names = "--rounds", description = "timed passes over the corpus (default: ${DEFAULT-VALUE})")
    int rounds = 5;

    @Option(names = "--out", description = "folder for the JSON figures (default: ${DEFAULT-VALUE})")
    Path out = Path.of("bench-results");

    @Override
    public Integer call() throws Exception {
        List<String> texts = new ArrayList<>();
        try (var files = Files.walk(corpus)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                texts.add(textOf(Files.readString(file)));
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        Tokenizer tokenizer = new Tokenizer();
        SentenceSplitter splitter = new SentenceSplitter(tokenizer);
        QuoteFinder quotes = new QuoteFinder();
        BenchReport report = new BenchReport("tokenize").put("corpus", corpus.toString())
                .put("documents", texts.size()).put("chars", chars).put("rounds", rounds);
        report.put("tokenizer_chars_per_s", charsPerSecond(texts, chars, t -> tokenizer.tokenize(t).size()));
        report.put("tokens", texts.stream().mapToLong(t -> tokenizer.tokenize(t).size()).sum());
        report.put("sentence_splitter_chars_per_s", charsPerSecond(texts, chars, t -> splitter.split(t).size()));
        report.put("sentences", texts.stream().mapToLong(t -> splitter.split(t).size()).sum());
        report.put("quote_finder_chars_per_s", charsPerSecond(texts, chars, t -> quotes.find(t, List.of()).size()));
        report.finish(System.out, out);
        return 0;
    }

    /** One warm-up pass, then {@code rounds} timed passes: chars/s of the best and of the median pass. */
    private Map<String, Long> charsPerSecond(List<String> texts, long chars, ToIntFunction<String> work) {
        long sink = 0;
        for (String t : texts) {
            sink += work.applyAsInt(t);
        }
        long[] nanos = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (String t : texts) {
                sink += work.applyAsInt(t);
            }
            nanos[r] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("best", Math.round(chars / (nanos[0] / 1e9)));
        figures.put("median", Math.round(chars / (nanos[rounds / 2] / 1e9)));
        figures.put("work_checksum", sink);
        return figures;
    }

    private static String textOf(String xml) {
        int from = xml.indexOf("<TEXT>");
        int to = xml.indexOf("</TEXT>");
        String body = from >= 0 && to > from ? xml.substring(from + 6, to) : xml;
        return body.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
