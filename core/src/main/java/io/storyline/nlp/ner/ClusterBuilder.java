package io.storyline.nlp.ner;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learns binary word-cluster paths from unlabelled text, a fast stand-in for Brown clustering: each word gets a
 * vector of positive PMI with the frequent words one and two to its left and right, and the words are split in two
 * again and again (spherical 2-means, cut at the median so the tree stays balanced); the branch taken at each split is
 * one bit of the path, so path prefixes are clusters at every granularity. Hand-written because no library on the
 * class path clusters words, and Brown clustering proper takes hours on two cores.
 */
public final class ClusterBuilder {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:[-&'.][\\p{L}\\p{N}]+)*|'s|n't|\\S");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private final int minCount, contextWords, maxDepth, minLeaf;
    private final boolean balanced;
    private final PrintStream log;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private final List<int[]> sentences = new ArrayList<>();
    private int[] counts = new int[1024];

    public ClusterBuilder(int minCount, int contextWords, int maxDepth, int minLeaf, boolean balanced, PrintStream log) {
        this.balanced = balanced;
        this.minCount = minCount;
        this.contextWords = contextWords;
        this.maxDepth = maxDepth;
        this.minLeaf = minLeaf;
        this.log = log;
    }

    /** Adds a TimeML file's title and text, tags stripped, one paragraph a sequence. */
    public void addTimeMl(Path file) throws IOException {
        String plain = timeMlText(Files.readString(file, StandardCharsets.UTF_8));
        for (String paragraph : plain.split("\\n\\s*\\n")) {
            List<String> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(paragraph);
            while (m.find()) {
                tokens.add(m.group());
            }
            addSentence(tokens);
        }
    }

    /** The title and text of a TimeML document, tags stripped and entities decoded, paragraphs apart. */
    public static String timeMlText(String xml) {
        StringBuilder text = new StringBuilder();
        for (String element : new String[] {"TITLE", "TEXT"}) {
            int a = xml.indexOf("<" + element + ">"), b = xml.indexOf("</" + element + ">");
            if (a >= 0 && b > a) {
                text.append(xml, a + element.length() + 2, b).append("\n\n");
            }
        }
        return TAG.matcher(text).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&").strip();
    }

    /** Adds the sentences of a CoNLL-format file (its words only). */
    public void addConll(ConllCorpus corpus) {
        for (ConllCorpus.Document d : corpus.documents()) {
            for (ConllCorpus.Sentence s : d.sentences()) {
                addSentence(Arrays.asList(s.words()));
            }
        }
    }

    private void addSentence(List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        int[] seq = new int[tokens.size()];
        for (int i = 0; i < seq.length; i++) {
            String w = tokens.get(i);
            Integer id = ids.get(w);
            if (id == null) {
                id = words.size();
                ids.put(w, id);
                words.add(w);
            }
            if (id >= counts.length) {
                counts = Arrays.copyOf(counts, counts.length * 2);
            }
            counts[id]++;
            seq[i] = id;
        }
        sentences.add(seq);
    }

    /** Clusters the words seen at least minCount times and writes "path TAB word TAB count", frequent first. */
    public void write(Path out) throws IOException {
        long started = System.nanoTime();
        // context vocabulary: the most frequent lower-cased forms
        Map<String, Integer> lowerCounts = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            lowerCounts.merge(words.get(i).toLowerCase(), counts[i], Integer::sum);
        }
        List<String> frequent = new ArrayList<>(lowerCounts.keySet());
        frequent.sort(Comparator.comparingInt((String w) -> -lowerCounts.get(w)));
        Map<String, Integer> contextIds = new HashMap<>();
        for (int i = 0; i < Math.min(contextWords, frequent.size()); i++) {
            contextIds.put(frequent.get(i), i);
        }
        int[] contextOf = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            contextOf[i] = contextIds.getOrDefault(words.get(i).toLowerCase(), contextWords);
        }
        int boundary = contextWords + 1, width = contextWords + 2;
        int[] vocab = new int[words.size()];
        Arrays.fill(vocab, -1);
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (counts[i] >= minCount) {
                vocab[i] = kept.size();
                kept.add(i);
            }
        }
        int n = kept.size();
        // co-occurrence counts: (word, slot * width + context) for slots -2, -1, +1, +2
        LongIntMap pairs = new LongIntMap(1 << 22);
        long[] slotTotals = new long[4 * width];
        long total = 0;
        int[] offsets = {-2, -1, 1, 2};
        for (int[] seq : sentences) {
            for (int i = 0; i < seq.length; i++) {
                int v = vocab[seq[i]];
                if (v < 0) {
                    continue;
                }
                for (int s = 0; s < 4; s++) {
                    int j = i + offsets[s];
                    int ctx = j < 0 || j >= seq.length ? boundary : contextOf[seq[j]];
                    int dim = s * width + ctx;
                    pairs.add(((long) v << 32) | dim, 1);
                    slotTotals[dim]++;
                }
                total++;
            }
        }
        Random random = new Random(42);
        int dims = 4 * width;
        float[] vectors = new float[n * dims];
        long grandTotal = total;
        pairs.forEach((key, c) -> {
            int v = (int) (key >>> 32), dim = (int) key;
            if (dim % width == contextWords) {
                return; // rare context words say little, and all rare words share them
            }
            int wordCount = counts[kept.get(v)];
            double pmi = Math.log((double) c * grandTotal / ((double) wordCount * slotTotals[dim]));
            if (pmi > 0) {
                vectors[v * dims + dim] = (float) pmi;
            }
        });
        for (int v = 0; v < n; v++) {
            normalise(vectors, v * dims, dims);
        }
        log.printf("clusters: %d words (of %d), %d tokens, %d context pairs, %.1fs%n", n, words.size(), total, pairs.size(),
                (System.nanoTime() - started) / 1e9);
        String[] paths = new String[n];
        int[] members = new int[n];
        for (int i = 0; i < n; i++) {
            members[i] = i;
        }
        split(vectors, dims, members, 0, n, "", paths, random);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer v) -> -counts[kept.get(v)]));
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int v : order) {
                int id = kept.get(v);
                w.write(paths[v] + "\t" + words.get(id) + "\t" + counts[id] + "\n");
            }
        }
        log.printf("clusters: written to %s in %.1fs%n", out, (System.nanoTime() - started) / 1e9);
    }

    /** Splits members[from, to) in two by spherical 2-means and recurses on each half. */
    private void split(float[] vectors, int d, int[] members, int from, int to, String path, String[] paths, Random random) {
        int size = to - from;
        if (size < 2 * minLeaf || path.length() >= maxDepth) {
            for (int i = from; i < to; i++) {
                paths[members[i]] = path.isEmpty() ? "0" : path;
            }
            return;
        }
        float[] a = new float[d], b = new float[d];
        System.arraycopy(vectors, members[from + random.nextInt(size)] * d, a, 0, d);
        System.arraycopy(vectors, members[from + random.nextInt(size)] * d, b, 0, d);
        boolean[] left = new boolean[size];
        for (int iteration = 0; iteration < 8; iteration++) {
            float[] sumA = new float[d], sumB = new float[d];
            int countA = 0;
            for (int i = 0; i < size; i++) {
                int base = members[from + i] * d;
                double da = 0, db = 0;
                for (int k = 0; k < d; k++) {
                    da += vectors[base + k] * a[k];
                    db += vectors[base + k] * b[k];
                }
                left[i] = da >= db;
                float[] sum = left[i] ? sumA : sumB;
                for (int k = 0; k < d; k++) {
                    sum[k] += vectors[base + k];
                }
                if (left[i]) {
                    countA++;
                }
            }
            if (countA == 0 || countA == size) {
                // degenerate start: split at random instead
                for (int i = 0; i < size; i++) {
                    left[i] = random.nextBoolean();
                }
                break;
            }
            normalise(sumA, 0, d);
            normalise(sumB, 0, d);
            a = sumA;
            b = sumB;
        }
        if (balanced) {
            // split at the median of the margin so the tree stays balanced and path prefixes have even granularity
            double[] margin = new double[size];
            Integer[] byMargin = new Integer[size];
            for (int i = 0; i < size; i++) {
                int base = members[from + i] * d;
                double da = 0, db = 0;
                for (int k = 0; k < d; k++) {
                    da += vectors[base + k] * a[k];
                    db += vectors[base + k] * b[k];
                }
                margin[i] = da - db;
                byMargin[i] = i;
            }
            Arrays.sort(byMargin, Comparator.comparingDouble(i -> -margin[i]));
            for (int rank = 0; rank < size; rank++) {
                left[byMargin[rank]] = rank < size / 2;
            }
        }
        int[] tmp = new int[size];
        int l = 0, r = size - 1;
        for (int i = 0; i < size; i++) {
            if (left[i]) {
                tmp[l++] = members[from + i];
            } else {
                tmp[r--] = members[from + i];
            }
        }
        System.arraycopy(tmp, 0, members, from, size);
        split(vectors, d, members, from, from + l, path + "0", paths, random);
        split(vectors, d, members, from + l, to, path + "1", paths, random);
    }

    private static void normalise(float[] v, int from, int length) {
        double norm = 0;
        for (int k = from; k < from + length; k++) {
            norm += v[k] * v[k];
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int k = from; k < from + length; k++) {
                v[k] *= scale;
            }
        }
    }
}
