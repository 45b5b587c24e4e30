package io.storyline.bench;

import io.storyline.cli.Benchmark;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.ner.ClusterBuilder;
import io.storyline.nlp.ner.ConllCorpus;
import io.storyline.nlp.ner.ConllScorer;
import io.storyline.nlp.ner.NerEvaluation;
import io.storyline.nlp.Annotations;
import io.storyline.nlp.annotate.LanguagePipeline;
import io.storyline.nlp.SentenceSplitter;
import io.storyline.nlp.ner.NerTagger;
import io.storyline.nlp.parse.ArcHybridParser;
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
import java.util.stream.Stream;

/**
 * {@code storyline bench nlp}: speed of our language layer against Stanford CoreNLP (tokenize, ssplit, pos, lemma, ner)
 * on the same TempEval-3 silver news texts, one thread each, and NER F1 of our model and CoreNLP's CoNLL 4-class CRF on
 * CoNLL-2003 valid; and tokens/s of our dependency parser (tags, lemmas, tree) against CoreNLP's pos, lemma and
 * depparse annotators on the same texts.
 */
@Command(name = "nlp", mixinStandardHelpOptions = true,
        description = "Chars/s of our NLP layer vs CoreNLP on TE3-Silver texts, and NER F1 of both on CoNLL-2003 valid.")
public final class NlpBenchmark implements Benchmark, Callable<Integer> {
    /** Relative times need a day to count from; the speed of the layer does not depend on which. */
    private static final java.time.LocalDate ANCHOR = java.time.LocalDate.of(1998, 1, 1);
    // the machine is shared: CPU time of this thread says more than the wall clock
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    // stand-in until io.storyline.nlp's tokenizer is on this branch: CoNLL-like tokens, hyphenated words kept whole

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

    @Option(names = "--parse-texts", defaultValue = "150", description = "texts of the parser comparison (CoreNLP's depparse is slow; default ${DEFAULT-VALUE})")
    int parseTexts;

    @Option(names = "--no-corenlp", description = "measure ours only")
    boolean noCoreNlp;

    @Override
    public Integer call() throws Exception {
        List<String> documents = readTexts();
        long chars = documents.stream().mapToLong(String::length).sum();
        BenchReport report = new BenchReport("nlp");
        report.put("texts", texts.toString()).put("documents", documents.size()).put("chars", chars);

        NerTagger tagger = NerTagger.shared();
        LanguagePipeline layer = new LanguagePipeline(tagger);
        SentenceSplitter splitter = new SentenceSplitter();
        for (String d : documents.subList(0, Math.min(warmup, documents.size()))) {
            layer.annotate(d, ANCHOR);
        }
        long mentions = 0;
        long started = System.nanoTime(), startedCpu = THREADS.getCurrentThreadCpuTime();
        for (String d : documents) {
            Annotations a = layer.annotate(d, ANCHOR);
            mentions += a.entities().size() + a.times().size() + a.quotes().size();
        }
        double ourSeconds = (System.nanoTime() - started) / 1e9;
        double ourCpuSeconds = (THREADS.getCurrentThreadCpuTime() - startedCpu) / 1e9;
        List<List<Sentence>> split = documents.stream().map(splitter::split).toList();
        long nerStarted = System.nanoTime(), nerStartedCpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < documents.size(); i++) {
            tagger.tag(documents.get(i), split.get(i));
        }
        double nerSeconds = (System.nanoTime() - nerStarted) / 1e9;
        double nerCpuSeconds = (THREADS.getCurrentThreadCpuTime() - nerStartedCpu) / 1e9;
        report.put("ours_layer", "LanguagePipeline: sentences, entities, roles, times, quotes");
        report.put("ours_chars_per_second", Math.round(chars / ourSeconds));
        report.put("ours_chars_per_cpu_second", Math.round(chars / ourCpuSeconds));
        report.put("ours_ner_only_chars_per_second", Math.round(chars / nerSeconds));
        report.put("ours_ner_only_chars_per_cpu_second", Math.round(chars / nerCpuSeconds));
        report.put("ours_annotations", mentions);

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
        parsing(documents.subList(0, Math.min(parseTexts, documents.size())), split, report);
        report.finish(System.out, out);
        return 0;
    }


    /**
     * Our parser (tagger, lemmatizer, parser) on sentences split beforehand, against CoreNLP's pos, lemma and depparse:
     * CoreNLP's share is the time of tokenize…depparse less the time of tokenize and ssplit alone on the same texts.
     */
    private void parsing(List<String> texts, List<List<Sentence>> split, BenchReport report) throws Exception {
        ArcHybridParser parser = ArcHybridParser.shared();
        for (List<Sentence> doc : split.subList(0, Math.min(warmup, split.size()))) {
            doc.forEach(parser::parse);
        }
        long tokens = 0;
        long started = System.nanoTime(), startedCpu = THREADS.getCurrentThreadCpuTime();
        for (List<Sentence> doc : split.subList(0, texts.size())) {
            for (Sentence sentence : doc) {
                tokens += parser.parse(sentence).size();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - startedCpu) / 1e9;
        report.put("parse_texts", texts.size());
        report.put("ours_parse_tokens", tokens);
        report.put("ours_parse_tokens_per_second", Math.round(tokens / seconds));
        report.put("ours_parse_tokens_per_cpu_second", Math.round(tokens / cpuSeconds));
        if (noCoreNlp || !CoreNlpReference.available()) {
            return;
        }
        CoreNlpReference.Pipeline split1 = CoreNlpReference.pipeline("tokenize,ssplit");
        CoreNlpReference.Pipeline full = CoreNlpReference.pipeline("tokenize,ssplit,pos,lemma,depparse");
        for (String t : texts.subList(0, Math.min(warmup, texts.size()) / 2)) {
            split1.process(t);
            full.process(t);
        }
        double[] splitTimes = timed(split1, texts);
        double[] fullTimes = timed(full, texts);
        long coreTokens = (long) fullTimes[2];
        double coreSeconds = fullTimes[0] - splitTimes[0], coreCpu = fullTimes[1] - splitTimes[1];
        report.put("corenlp_parse_annotators", "pos,lemma,depparse (time of tokenize..depparse less tokenize,ssplit)");
        report.put("corenlp_parse_tokens", coreTokens);
        report.put("corenlp_parse_tokens_per_second", Math.round(coreTokens / coreSeconds));
        report.put("corenlp_parse_tokens_per_cpu_second", Math.round(coreTokens / coreCpu));
        report.put("parse_speed_ratio_ours_to_corenlp", Math.round((tokens / seconds) / (coreTokens / coreSeconds) * 10) / 10.0);
        report.put("parse_cpu_speed_ratio_ours_to_corenlp", Math.round((tokens / cpuSeconds) / (coreTokens / coreCpu) * 10) / 10.0);
    }

    /** {wall seconds, CPU seconds, tokens} of one CoreNLP pipeline over the texts. */
    private static double[] timed(CoreNlpReference.Pipeline pipeline, List<String> texts) throws ReflectiveOperationException {
        long tokens = 0;
        long started = System.nanoTime(), startedCpu = THREADS.getCurrentThreadCpuTime();
        for (String t : texts) {
            tokens += pipeline.process(t);
        }
        return new double[]{(System.nanoTime() - started) / 1e9, (THREADS.getCurrentThreadCpuTime() - startedCpu) / 1e9, tokens};
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
