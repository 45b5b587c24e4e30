package io.storyline.resolve.copy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Flags a single text as likely spun, without its original, from the tell-tale ways synonym spinners break fixed
 * expressions ("Secretary Basic" for "Secretary General", "final yr" for "last year"). The phrases are a lexicon
 * of general English ({@code spin-lexicon.tsv}); each has a weight, and "ratio" entries ("stated" for "said")
 * count only when the spun form outnumbers the usual one in the same text.
 *
 * <p>A text is flagged when its distinct tells weigh at least {@link #FLAG_WEIGHT} and there are at least
 * {@link #FLAG_DISTINCT} of them: one odd phrase is a typo or a style, several are a spinner.
 */
public final class SpinDetector {
    public static final double FLAG_WEIGHT = 4.0;
    public static final int FLAG_DISTINCT = 2;
    private static final int RATIO_MIN_COUNT = 3;
    private static final String LEXICON = "spin-lexicon.tsv";

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    /** One lexicon line: a spun form, its usual original, and its weight (NaN for a ratio entry). */
    private record Entry(String[] spun, String[] original, double weight) {
        boolean ratio() {
            return Double.isNaN(weight);
        }
    }

    /** A phrase that looks spun, what it probably replaced, and where it first occurs. */
    public record SuspectedSpin(String spunText, String likelyOriginal, int count, double weight, int start, int end) {
        @Override
        public String toString() {
            return "\"" + spunText + "\" (likely \"" + likelyOriginal + "\")" + (count > 1 ? " x" + count : "");
        }
    }

    /** Whether the text looks spun, the weight of evidence, and the suspected swaps, heaviest first. */
    public record SpinVerdict(boolean spun, double weight, List<SuspectedSpin> suspects) {
        public String evidence() {
            return (spun ? "likely spun" : "not flagged") + String.format(Locale.ROOT, " (tell weight %.1f): ", weight)
                    + suspects;
        }
    }

    public SpinDetector() {
        try (InputStream in = SpinDetector.class.getResourceAsStream(LEXICON)) {
            if (in == null) {
                throw new IllegalStateException(LEXICON + " missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                double weight = cols[2].equals("ratio") ? Double.NaN : Double.parseDouble(cols[2]);
                Entry entry = new Entry(words(cols[0]), words(cols[1]), weight);
                byFirstWord.computeIfAbsent(entry.spun()[0], k -> new ArrayList<>()).add(entry);
                if (entry.ratio()) {
                    byFirstWord.computeIfAbsent(entry.original()[0], k -> new ArrayList<>()).add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SpinVerdict inspect(String text) {
        WordTokens.Located located = WordTokens.located(text);
        List<String> words = located.words();
        Map<Entry, int[]> spunHits = new HashMap<>();      // count, first word index
        Map<Entry, Integer> originalHits = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            List<Entry> entries = byFirstWord.get(words.get(i));
            if (entries == null) {
                continue;
            }
            for (Entry e : entries) {
                if (matches(words, i, e.spun())) {
                    spunHits.computeIfAbsent(e, k -> new int[] {0, -1});
                    int[] hit = spunHits.get(e);
                    hit[0]++;
                    if (hit[1] < 0) {
                        hit[1] = i;
                    }
                } else if (e.ratio() && matches(words, i, e.original())) {
                    originalHits.merge(e, 1, Integer::sum);
                }
            }
        }
        List<SuspectedSpin> suspects = new ArrayList<>();
        double total = 0;
        for (Map.Entry<Entry, int[]> hit : spunHits.entrySet()) {
            Entry e = hit.getKey();
            int count = hit.getValue()[0];
            double weight = e.weight();
            if (e.ratio()) {
                boolean outnumbers = count >= RATIO_MIN_COUNT && count > originalHits.getOrDefault(e, 0);
                weight = outnumbers ? 1.5 : 0;
            }
            if (weight <= 0) {
                continue;
            }
            int first = hit.getValue()[1];
            int last = first + e.spun().length - 1;
            int start = located.starts()[first];
            int end = located.end(last);
            suspects.add(new SuspectedSpin(text.substring(start, Math.min(end, text.length())),
                    String.join(" ", e.original()), count, weight, start, end));
            total += weight;
        }
        suspects.sort(Comparator.comparingDouble(SuspectedSpin::weight).reversed()
                .thenComparing(Comparator.comparingInt(SuspectedSpin::count).reversed())
                .thenComparingInt(SuspectedSpin::start));
        boolean spun = total >= FLAG_WEIGHT && suspects.size() >= FLAG_DISTINCT;
        return new SpinVerdict(spun, total, List.copyOf(suspects));
    }

    private static boolean matches(List<String> words, int at, String[] phrase) {
        if (at + phrase.length > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!words.get(at + k).equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    private static String[] words(String phrase) {
        return WordTokens.of(phrase).toArray(String[]::new);
    }
}
