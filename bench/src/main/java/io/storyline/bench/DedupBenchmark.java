package io.storyline.bench;

import io.storyline.cli.Benchmark;
import io.storyline.resolve.copy.CopyDetector;
import io.storyline.resolve.copy.CopyLink;
import io.storyline.resolve.copy.CopyVerifier;
import io.storyline.resolve.copy.MinHashSignature;
import io.storyline.resolve.copy.WordShingles;
import io.storyline.resolve.copy.WordTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench dedup}: copy detection over a crawl with planted exact, syndicated and spun copies and
 * similar non-copies ({@link DedupCorpus}), in random arrival order: recall per planted kind, precision per
 * reported kind, which side is found to be the original, pairs found per second and peak heap; and, on a sample,
 * an exact all-pairs Jaccard baseline over the same shingles next to the detector on the same sample.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Exact, syndicated and spun copy detection over TE3-Silver with planted copies.")
public final class DedupBenchmark implements Benchmark, Callable<Integer> {
    @Option(names = "--docs", description = "Documents in the generated crawl (default: ${DEFAULT-VALUE}).", defaultValue = "100000")
    int docs;

    @Option(names = "--baseline-docs", description = "Sample size for the all-pairs Jaccard baseline; 0 skips it (default: ${DEFAULT-VALUE}).",
            defaultValue = "20000")
    int baselineDocs;

    @Option(names = "--seed", defaultValue = "7", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bands", description = "LSH bands (default: the detector's).")
    Integer bands;

    @Option(names = "--rows", description = "LSH rows per band (default: the detector's).")
    Integer rows;

    @Option(names = "--shingle-width", description = "Words per shingle (default: the detector's).")
    Integer shingleWidth;

    @Option(names = "--source", description = "Folder of TimeML files (default: ../shared/data/tempeval3/TE3-Silver-data).")
    Path source = TeSilverPages.defaultSource();

    @Option(names = "--out", description = "Folder for the JSON figures (default: ${DEFAULT-VALUE}).", defaultValue = "bench-results")
    Path out;

    @Option(names = "--name", description = "Name of the JSON file (default: dedup-DOCS).")
    String name;

    @Override
    public Integer call() throws Exception {
        List<DedupCorpus.Article> articles = DedupCorpus.readTeSilver(source);
        DedupCorpus corpus = new DedupCorpus(articles, docs, seed);
        CopyDetector.Settings d = CopyDetector.Settings.DEFAULT;
        CopyDetector.Settings settings = new CopyDetector.Settings(bands == null ? d.bands() : bands,
                rows == null ? d.rows() : rows, shingleWidth == null ? d.shingleWidth() : shingleWidth,
                d.minAgreement(), d.maxVerified(), d.indexedSpunPerCluster(), d.maxBucketWalk(), d.thresholds());
        int[] order = shuffled(docs, seed);

        BenchReport report = new BenchReport(name == null ? "dedup-" + docs : name);
        report.put("corpus", Map.of("source", source.toString(), "originals", corpus.originalCount(), "documents", docs,
                "planted", plantedCounts(corpus, order, docs)));
        report.put("settings", settings.toString());
        if (baselineDocs > 0) {
            int sample = Math.min(baselineDocs, docs);
            report.put("baseline_sample", Map.of(
                    "documents", sample,
                    "detector", detectorRun(corpus, order, sample, settings),
                    "exact_all_pairs_jaccard", allPairsJaccard(corpus, order, sample, settings.shingleWidth())));
        }
        report.put("detector", detectorRun(corpus, order, docs, settings));
        report.finish(System.out, out);
        return 0;
    }

    private static Map<String, Object> detectorRun(DedupCorpus corpus, int[] order, int n, CopyDetector.Settings settings) {
        System.gc();
        HeapPeak.reset();
        CopyDetector detector = new CopyDetector(settings, id -> corpus.text(corpus.docOf(id)));
        CopyVerifier verifier = new CopyVerifier(settings.thresholds());
        LinkTally tally = new LinkTally(corpus);
        long addNanos = 0;
        long addCpuNanos = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        for (int k = 0; k < n; k++) {
            int doc = order[k];
            String text = corpus.text(doc);
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            List<CopyLink> links = detector.add(corpus.id(doc), text, corpus.published(doc));
            addCpuNanos += threads.getCurrentThreadCpuTime() - cpu;
            addNanos += System.nanoTime() - t;
            for (CopyLink link : links) {
                tally.add(link);
            }
            if (n >= 200_000 && (k + 1) % 100_000 == 0) {
                System.err.printf("dedup: %,d documents, %,d links, %.0f s%n", k + 1, tally.links,
                        (System.nanoTime() - start) / 1e9);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double addSeconds = addNanos / 1e9;
        long peak = HeapPeak.megabytes();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("documents", n);
        figures.put("seconds_total_with_generation", round(seconds));
        figures.put("seconds_in_detector", round(addSeconds));
        figures.put("documents_per_s", round(n / addSeconds));
        figures.put("links_found", tally.links);
        figures.put("pairs_found_per_s", round(tally.links / addSeconds));
        // the machine is shared: CPU time of the detector's thread says what the code costs
        figures.put("cpu_seconds_in_detector", round(addCpuNanos / 1e9));
        figures.put("documents_per_cpu_s", round(n / (addCpuNanos / 1e9)));
        figures.put("pairs_found_per_cpu_s", round(tally.links / (addCpuNanos / 1e9)));
        figures.put("pairs_aligned", detector.verifications());
        figures.put("indexed_documents", detector.indexedDocuments());
        figures.put("index_mb", detector.indexFootprintBytes() >> 20);
        figures.put("peak_heap_mb", peak);
        figures.put("recall_by_planted_kind", recall(corpus, order, n, detector, verifier, settings));
        figures.put("precision_by_reported_kind", tally.precision());
        figures.put("planted_vs_reported_kind", tally.confusion);
        figures.put("original_identified", tally.originals);
        figures.put("links_between_related_te3_originals", tally.unplantedExamples);
        figures.put("false_positive_examples", tally.falseExamples);
        figures.put("spun_swap_examples", tally.swapExamples);
        return figures;
    }

    /** Recall per planted kind: the copy ends in the same cluster as its original. */
    private static Map<String, Object> recall(DedupCorpus corpus, int[] order, int n, CopyDetector detector,
                                              CopyVerifier verifier, CopyDetector.Settings settings) {
        Map<String, List<String>> missed = new TreeMap<>();
        boolean[] present = new boolean[corpus.size()];
        for (int k = 0; k < n; k++) {
            present[order[k]] = true;
        }
        Map<String, int[]> counts = new TreeMap<>();
        for (int k = 0; k < n; k++) {
            int doc = order[k];
            DedupCorpus.Kind kind = corpus.kind(doc);
            if (kind == DedupCorpus.Kind.ORIGINAL || kind == DedupCorpus.Kind.COLLAGE || !present[corpus.family(doc)]) {
                continue;
            }
            int[] c = counts.computeIfAbsent(kind.name().toLowerCase(), x -> new int[2]);
            c[1]++;
            if (detector.originalOf(corpus.id(doc)).equals(detector.originalOf(corpus.id(corpus.family(doc))))) {
                c[0]++;
            } else if (missed.computeIfAbsent(kind.name().toLowerCase(), x -> new ArrayList<>()).size() < 4) {
                String a = corpus.text(corpus.family(doc));
                String b = corpus.text(doc);
                int[] sa = MinHashSignature.of(WordShingles.hashes(WordTokens.of(a), settings.shingleWidth()), settings.signatureSize());
                int[] sb = MinHashSignature.of(WordShingles.hashes(WordTokens.of(b), settings.shingleWidth()), settings.signatureSize());
                missed.get(kind.name().toLowerCase()).add(corpus.id(doc) + " (cluster " + detector.originalOf(corpus.id(doc))
                        + ") vs " + corpus.id(corpus.family(doc)) + " (cluster " + detector.originalOf(corpus.id(corpus.family(doc)))
                        + "): signature agreement " + round4(MinHashSignature.agreement(sa, 0, sb, 0, sa.length)) + "; "
                        + verifier.compare(a, b).describe());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        counts.forEach((kind, c) -> out.put(kind, Map.of("found", c[0], "planted", c[1], "recall", round4((double) c[0] / c[1]),
                "missed_examples", missed.getOrDefault(kind, List.of()))));
        return out;
    }

    /**
     * Sorts every link into true (same family), related (families whose TE3 originals are near-duplicates by exact
     * Jaccard, see {@link DedupCorpus#relatedGroup}: wire updates and template reports, inspected by hand) or false.
     */
    private static final class LinkTally {
        final DedupCorpus corpus;
        long links;
        final Map<String, long[]> byReportedKind = new TreeMap<>();   // true, unplanted, false
        final Map<String, Map<String, Long>> confusion = new TreeMap<>();
        final Map<String, Map<String, Long>> originals = new TreeMap<>();
        final List<String> unplantedExamples = new ArrayList<>();
        final List<String> falseExamples = new ArrayList<>();
        final List<String> swapExamples = new ArrayList<>();

        LinkTally(DedupCorpus corpus) {
            this.corpus = corpus;
        }

        void add(CopyLink link) {
            links++;
            int copy = corpus.docOf(link.copyId());
            int original = corpus.docOf(link.originalId());
            int fc = corpus.family(copy);
            int fo = corpus.family(original);
            long[] c = byReportedKind.computeIfAbsent(link.kind().label(), k -> new long[3]);
            if (fc == fo) {
                c[0]++;
                String planted = corpus.kind(copy) == DedupCorpus.Kind.ORIGINAL ? "original<-" + corpus.kind(original).name().toLowerCase()
                        : corpus.kind(copy).name().toLowerCase();
                confusion.computeIfAbsent(planted, k -> new TreeMap<>()).merge(link.kind().label(), 1L, Long::sum);
                DedupCorpus.Kind variantKind = corpus.kind(copy) == DedupCorpus.Kind.ORIGINAL ? corpus.kind(original) : corpus.kind(copy);
                boolean involvesOriginal = corpus.kind(copy) == DedupCorpus.Kind.ORIGINAL || corpus.kind(original) == DedupCorpus.Kind.ORIGINAL;
                if (involvesOriginal) {
                    String reason = link.evidence().substring(link.evidence().indexOf("original: ") + 10).split(" ")[0];
                    boolean right = corpus.kind(original) == DedupCorpus.Kind.ORIGINAL;
                    originals.computeIfAbsent(variantKind.name().toLowerCase(), k -> new TreeMap<>())
                            .merge((right ? "right_by_" : "wrong_by_") + reason, 1L, Long::sum);
                }
                if (link.kind().name().equals("SPUN") && swapExamples.size() < 3) {
                    swapExamples.add(link.copyId() + " <- " + link.originalId() + ": " + link.substitutions().subList(0,
                            Math.min(8, link.substitutions().size())));
                }
            } else if (corpus.relatedGroup(fc) == corpus.relatedGroup(fo)) {
                c[1]++;
                if (unplantedExamples.size() < 10) {
                    unplantedExamples.add(corpus.id(fc) + " ~ " + corpus.id(fo) + " (" + link.kind().label() + ", " + round4(link.score()) + ")");
                }
            } else {
                c[2]++;
                if (falseExamples.size() < 10) {
                    falseExamples.add(link.copyId() + " [" + corpus.kind(copy) + "] -> " + link.originalId() + " ["
                            + corpus.kind(original) + "]: " + link.evidence());
                }
            }
        }

        Map<String, Object> precision() {
            Map<String, Object> out = new LinkedHashMap<>();
            byReportedKind.forEach((kind, c) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("true", c[0]);
                m.put("between_related_te3_originals", c[1]);
                m.put("false", c[2]);
                m.put("precision", round4((double) (c[0] + c[1]) / Math.max(1, c[0] + c[1] + c[2])));
                m.put("precision_planted_only", round4((double) c[0] / Math.max(1, c[0] + c[1] + c[2])));
                out.put(kind, m);
            });
            return out;
        }
    }

    /**
     * Exact Jaccard over the same shingles for every pair of the sample ({@link ExactJaccard}), then precision and
     * recall of "Jaccard >= t" per planted kind for several t.
     */
    private static Map<String, Object> allPairsJaccard(DedupCorpus corpus, int[] order, int n, int width) {
        double[] thresholds = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
        double lowest = thresholds[0];
        String[] texts = new String[n];
        for (int k = 0; k < n; k++) {
            texts[k] = corpus.text(order[k]);     // generated outside the timing, as for the detector
        }
        long t0 = System.nanoTime();
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        ExactJaccard.Result exact = ExactJaccard.allPairs(n, k -> texts[k], width, lowest);
        List<long[]> hits = exact.hits().stream().map(h -> new long[] {order[(int) h[0]], order[(int) h[1]], h[2]}).toList();
        long compared = exact.pairsWithOverlap();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;

        boolean[] present = new boolean[corpus.size()];
        for (int k = 0; k < n; k++) {
            present[order[k]] = true;
        }
        Map<String, Integer> plantedPairs = new TreeMap<>();
        for (int k = 0; k < n; k++) {
            int doc = order[k];
            DedupCorpus.Kind kind = corpus.kind(doc);
            if (kind != DedupCorpus.Kind.ORIGINAL && kind != DedupCorpus.Kind.COLLAGE && present[corpus.family(doc)]) {
                plantedPairs.merge(kind.name().toLowerCase(), 1, Integer::sum);
            }
        }
        Map<String, List<Double>> toOriginal = new TreeMap<>();
        Map<String, Object> byThreshold = new LinkedHashMap<>();
        for (double t : thresholds) {
            long same = 0;
            long other = 0;
            Map<String, Integer> found = new TreeMap<>();
            for (long[] h : hits) {
                double j = h[2] / 1e6;
                if (j < t) {
                    continue;
                }
                int a = (int) h[0];
                int b = (int) h[1];
                if (corpus.family(a) == corpus.family(b)) {
                    same++;
                    int variant = corpus.kind(a) == DedupCorpus.Kind.ORIGINAL ? b : corpus.kind(b) == DedupCorpus.Kind.ORIGINAL ? a : -1;
                    if (variant >= 0) {
                        found.merge(corpus.kind(variant).name().toLowerCase(), 1, Integer::sum);
                        if (t == lowest) {
                            toOriginal.computeIfAbsent(corpus.kind(variant).name().toLowerCase(), k -> new ArrayList<>()).add(j);
                        }
                    }
                } else {
                    other++;
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pairs", same + other);
            m.put("precision_same_family", round4((double) same / Math.max(1, same + other)));
            Map<String, Object> recall = new LinkedHashMap<>();
            plantedPairs.forEach((kind, total) -> recall.put(kind, round4((double) found.getOrDefault(kind, 0) / total)));
            m.put("recall_variant_to_original", recall);
            byThreshold.put(String.valueOf(t), m);
        }
        Map<String, Object> quantiles = new LinkedHashMap<>();
        toOriginal.forEach((kind, js) -> {
            js.sort(null);
            quantiles.put(kind, Map.of("found_at_0.2", js.size(), "p10", round4(js.get(js.size() / 10)),
                    "p50", round4(js.get(js.size() / 2))));
        });
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("shingle_width", width);
        figures.put("pairs_in_sample", (long) n * (n - 1) / 2);
        figures.put("pairs_with_shared_shingles", compared);
        figures.put("seconds", round(seconds));
        figures.put("cpu_seconds", round(cpuSeconds));
        figures.put("pairs_per_s", round((double) n * (n - 1) / 2 / seconds));
        figures.put("pairs_at_or_above_0.2", hits.size());
        figures.put("planted_pairs_variant_to_original", plantedPairs);
        figures.put("jaccard_variant_to_original", quantiles);
        figures.put("by_threshold", byThreshold);
        return figures;
    }

    private static Map<String, Integer> plantedCounts(DedupCorpus corpus, int[] order, int n) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int k = 0; k < n; k++) {
            counts.merge(corpus.kind(order[k]).name().toLowerCase(), 1, Integer::sum);
        }
        return counts;
    }

    private static int[] shuffled(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static double round4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
