package io.storyline.bench;

import io.storyline.cli.Benchmark;
import io.storyline.nlp.EntityMention;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;
import io.storyline.nlp.ner.ClusterBuilder;
import io.storyline.nlp.ner.ConllCorpus;
import io.storyline.nlp.ner.ConllScorer;
import io.storyline.nlp.ner.NerEvaluation;
import io.storyline.nlp.ner.NerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code storyline bench nlp}: speed of our language layer against Stanford CoreNLP (tokenize, ssplit, pos, lemma, ner)
 * on the same TempEval-3 silver news texts, one thread each, and NER F1 of our model and CoreNLP's CoNLL 4-class CRF on
 * CoNLL-2003 valid.
 */
@Command(name = "nlp", mixinStandardHelpOptions = true,
        description = "Chars/s of our NLP layer vs CoreNLP on TE3-Silver texts, and NER F1 of both on CoNLL-2003 valid.")
public final class NlpBenchmark implements Benchmark, Callable<Integer> {
    // the machine is shared: CPU time of this thread says more than the wall clock
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    // stand-in until io.storyline.nlp's tokenizer is on this branch: CoNLL-like tokens, hyphenated words kept whole
    private static final Pattern TOKEN = Pattern.compile("(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:[-&'.][\\p{L}\\p{N}]+)*|'s|n't|\\S");

    @Option(names = "--texts", paramLabel = "DIR", defaultValue = "../shared/data/tempeval3/TE3-Silver-data",
            description = "folder of TimeML .tml news texts (default: ${DEFAULT-VALUE})")
    Path texts;

    @Option(names = "--conll", paramLabel = "FILE", defaultValue = "../shared/data/conll2003/valid.txt",
            description = "CoNLL-2003 file for NER F1 (default: ${DEFAULT-VALUE})")
    Path conll;

    @Option(names = "--limit", defaultValue = "600", description = "texts timed (the same ones for both; default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--warmup", defaultValue = "100", description = "texts run before timing")
    int warmup;

    @Option(names = "--out", defaultValue = "bench-results", description = "folder of the JSON report")
    Path out;

    @Option(names = "--no-corenlp", description = "measure ours only")
    boolean noCoreNlp;

    @Override
    public Integer call() throws Exception {
        List<String> documents = readTexts();
        long chars = documents.stream().mapToLong(String::length).sum();
        BenchReport report = new BenchReport("nlp");
        report.put("texts", texts.toString()).put("documents", documents.size()).put("chars", chars);

        NerTagger tagger = NerTagger.shared();
        Splitter splitter = projectSplitter();
        long[] nerNanos = new long[2];
        int mentions = 0;
        for (String d : documents.subList(0, Math.min(warmup, documents.size()))) {
            mentions += ours(splitter, tagger, d, nerNanos);
        }
        nerNanos[0] = 0;
        nerNanos[1] = 0;
        mentions = 0;
        long started = System.nanoTime(), startedCpu = THREADS.getCurrentThreadCpuTime();
        for (String d : documents) {
            mentions += ours(splitter, tagger, d, nerNanos);
        }
        double ourSeconds = (System.nanoTime() - started) / 1e9;
        double ourCpuSeconds = (THREADS.getCurrentThreadCpuTime() - startedCpu) / 1e9;
        report.put("ours_layer", (splitter == FALLBACK ? "stand-in regex tokenizer and sentence splitter (bench only)"
                : "io.storyline.nlp.SentenceSplitter") + " + NerTagger");
        report.put("ours_chars_per_second", Math.round(chars / ourSeconds));
        report.put("ours_chars_per_cpu_second", Math.round(chars / ourCpuSeconds));
        report.put("ours_ner_only_chars_per_second", Math.round(chars / (nerNanos[0] / 1e9)));
        report.put("ours_ner_only_chars_per_cpu_second", Math.round(chars / (nerNanos[1] / 1e9)));
        report.put("ours_mentions", mentions);

        ConllCorpus valid = ConllCorpus.read(conll);
        ConllScorer ourScores = NerEvaluation.run(tagger, valid, null);
        report.put("ours_conll_valid", ourScores.toMap());

        if (noCoreNlp || !CoreNlpReference.available()) {
            report.put("corenlp", noCoreNlp ? "skipped (--no-corenlp)"
                    : "not on the class path: run through ./storyline bench nlp (builds the bench module with -Pcorenlp)");
        } else {
            CoreNlpReference.Pipeline pipeline = CoreNlpReference.pipeline("tokenize,ssplit,pos,lemma,ner");
            for (String d : documents.subList(0, Math.min(warmup, documents.size()))) {
                pipeline.process(d);
            }
            long tokens = 0;
            started = System.nanoTime();
            startedCpu = THREADS.getCurrentThreadCpuTime();
            for (String d : documents) {
                tokens += pipeline.process(d);
            }
            double coreSeconds = (System.nanoTime() - started) / 1e9;
            double coreCpuSeconds = (THREADS.getCurrentThreadCpuTime() - startedCpu) / 1e9;
            report.put("corenlp_annotators", "tokenize,ssplit,pos,lemma,ner (ner.applyFineGrained=false)");
            report.put("corenlp_chars_per_second", Math.round(chars / coreSeconds));
            report.put("corenlp_chars_per_cpu_second", Math.round(chars / coreCpuSeconds));
            report.put("corenlp_tokens", tokens);
            report.put("speed_ratio_ours_to_corenlp", Math.round(coreSeconds / ourSeconds * 10) / 10.0);
            report.put("cpu_speed_ratio_ours_to_corenlp", Math.round(coreCpuSeconds / ourCpuSeconds * 10) / 10.0);

            CoreNlpReference.SentenceTagger crf = CoreNlpReference.crf(CoreNlpReference.CONLL_4CLASS);
            ConllScorer coreScores = new ConllScorer();
            for (ConllCorpus.Document d : valid.documents()) {
                for (ConllCorpus.Sentence s : d.sentences()) {
                    coreScores.add(s.labels(), crf.labels(s.words()));
                }
            }
            report.put("corenlp_crf_model", CoreNlpReference.CONLL_4CLASS);
            report.put("corenlp_conll_valid", coreScores.toMap());
            report.put("f1_ours_minus_corenlp", Math.round((ourScores.f1() - coreScores.f1()) * 1e6) / 1e6);
        }
        report.finish(System.out, out);
        return 0;
    }

    /** Tokenises, splits and tags one text; returns the number of names; adds the NER wall and CPU time to {@code nerNanos}. */
    private static int ours(Splitter splitter, NerTagger tagger, String text, long[] nerNanos) throws ReflectiveOperationException {
        List<Sentence> sentences = splitter.split(text);
        long t0 = System.nanoTime(), c0 = THREADS.getCurrentThreadCpuTime();
        List<EntityMention> mentions = tagger.tag(text, sentences);
        nerNanos[0] += System.nanoTime() - t0;
        nerNanos[1] += THREADS.getCurrentThreadCpuTime() - c0;
        return mentions.size();
    }

    interface Splitter {
        List<Sentence> split(String text) throws ReflectiveOperationException;
    }

    private static final Splitter FALLBACK = NlpBenchmark::standInSentences;

    /**
     * The project's tokenizer and sentence splitter, io.storyline.nlp.SentenceSplitter, looked up by name because it
     * is built in parallel with this benchmark; the bench's stand-in when it is not there yet.
     */
    @SuppressWarnings("unchecked")
    private static Splitter projectSplitter() {
        try {
            Class<?> type = Class.forName("io.storyline.nlp.SentenceSplitter");
            Object splitter = type.getConstructor().newInstance();
            java.lang.reflect.Method split = type.getMethod("split", String.class);
            return text -> (List<Sentence>) split.invoke(splitter, text);
        } catch (ReflectiveOperationException e) {
            return FALLBACK;
        }
    }

    private static List<Sentence> standInSentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int lastEnd = 0;
        int paragraphBreak = text.indexOf("\n\n");
        while (m.find()) {
            if (paragraphBreak >= 0 && paragraphBreak < m.start()) {
                if (!tokens.isEmpty()) {
                    sentences.add(new Sentence(tokens.get(0).start(), lastEnd, tokens));
                    tokens.clear();
                }
                paragraphBreak = text.indexOf("\n\n", m.start());
            }
            tokens.add(new Token(m.start(), m.end(), m.group()));
            lastEnd = m.end();
            if (m.end() - m.start() == 1 && ".!?".indexOf(text.charAt(m.start())) >= 0) {
                sentences.add(new Sentence(tokens.get(0).start(), m.end(), tokens));
                tokens.clear();
            }
        }
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(tokens.get(0).start(), lastEnd, tokens));
        }
        return sentences;
    }

    private List<String> readTexts() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(texts)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().limit(limit).toList();
        }
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            out.add(ClusterBuilder.timeMlText(Files.readString(f, StandardCharsets.UTF_8)));
        }
        return out;
    }
}
