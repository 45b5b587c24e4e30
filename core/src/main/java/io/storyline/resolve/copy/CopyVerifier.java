package io.storyline.resolve.copy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether two texts are copies by aligning their words ({@link TokenAlignment}) and reading the
 * alignment: exact (same words), syndicated (the shorter text is almost all equal words, any difference being
 * whole lines or chrome), spun (the shorter text is covered by equal words plus many short swaps inside otherwise
 * matching context), or not a copy. Thresholds are in {@link Thresholds}; the defaults were chosen on the planted
 * copies of {@code storyline bench dedup} and checked on genuinely related TE3-Silver articles.
 */
public final class CopyVerifier {
    /** The longest phrase, in words per side, that counts as a swap rather than an edit of the text. */
    public static final int MAX_SWAP_WORDS = 3;
    private static final int SOLID_RUN = 3;
    /** Identical word sequences are copies from this length on: below it, a shared headline or stock phrase. */
    private static final int MIN_EXACT_WORDS = 8;
    private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "yesterday", "today", "tomorrow");
    private static final int MAX_SWAPS_REPORTED = 30;
    private static final double MAX_FACT_SWAP_SHARE = 0.1;
    /** Fewer swaps than this are a correction or an edit ("a.m." to "p.m."), not a spinner's work. */
    private static final int MIN_SPUN_SWAPS = 3;

    /**
     * @param minWords          shorter texts than this are never called syndicated or spun (too little to tell)
     * @param syndicatedMatched share of the shorter text that must be equal words for "syndicated"
     * @param maxSyndicatedSwaps swaps per hundred words above which a text is "spun" rather than syndicated
     * @param spunAligned       share of the shorter text that equal words plus swaps must cover for "spun"
     * @param spunSolid         share of the shorter text that must sit in runs of 3+ equal words for "spun"
     */
    public record Thresholds(int minWords, double syndicatedMatched, double maxSyndicatedSwaps, double spunAligned,
                             double spunSolid) {
        public static final Thresholds DEFAULT = new Thresholds(25, 0.75, 2.0, 0.80, 0.40);
    }

    private final Thresholds thresholds;

    public CopyVerifier() {
        this(Thresholds.DEFAULT);
    }

    public CopyVerifier(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    public PairComparison compare(String textA, String textB) {
        return compare(WordTokens.of(textA), WordTokens.of(textB));
    }

    public PairComparison compare(List<String> a, List<String> b) {
        if (a.equals(b)) {
            boolean enough = a.size() >= MIN_EXACT_WORDS;
            return new PairComparison(enough ? CopyKind.EXACT : null, enough ? 1.0 : 0.0, a.size(), b.size(),
                    a.size(), a.size(), 0, 0, 0, 0, List.of());
        }
        Map<String, Integer> ids = new HashMap<>();
        int[] idsA = toIds(a, ids);
        int[] idsB = toIds(b, ids);
        int[] match = TokenAlignment.align(idsA, idsB, ids.size());
        return read(a, b, match);
    }

    private PairComparison read(List<String> a, List<String> b, int[] match) {
        int matched = 0;
        int solid = 0;
        int swaps = 0;
        int factSwaps = 0;
        int swappedA = 0;
        int swappedB = 0;
        Map<String, int[]> swapCounts = new LinkedHashMap<>();
        int i = 0;
        int j = 0;
        int run = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && match[i] == j && j < b.size()) {
                matched++;
                run++;
                i++;
                j++;
                continue;
            }
            if (run >= SOLID_RUN) {
                solid += run;
            }
            run = 0;
            int nextI = i;
            while (nextI < a.size() && match[nextI] < 0) {
                nextI++;
            }
            int nextJ = nextI < a.size() ? match[nextI] : b.size();
            int gapA = nextI - i;
            int gapB = nextJ - j;
            if (gapA >= 1 && gapA <= MAX_SWAP_WORDS && gapB >= 1 && gapB <= MAX_SWAP_WORDS) {
                swaps++;
                if (namesFact(a.subList(i, nextI)) && namesFact(b.subList(j, nextJ))) {
                    factSwaps++;
                }
                swappedA += gapA;
                swappedB += gapB;
                String key = String.join(" ", a.subList(i, nextI)) + "\u0000" + String.join(" ", b.subList(j, nextJ));
                swapCounts.computeIfAbsent(key, k -> new int[1])[0]++;
            }
            i = nextI;
            j = nextJ;
        }
        if (run >= SOLID_RUN) {
            solid += run;
        }
        List<Substitution> list = new ArrayList<>();
        for (Map.Entry<String, int[]> e : swapCounts.entrySet()) {
            String[] parts = e.getKey().split("\u0000", 2);
            list.add(new Substitution(parts[0], parts[1], e.getValue()[0]));
        }
        list.sort(Comparator.comparingInt(Substitution::count).reversed());
        if (list.size() > MAX_SWAPS_REPORTED) {
            list = new ArrayList<>(list.subList(0, MAX_SWAPS_REPORTED));
        }
        PairComparison figures = new PairComparison(null, 0, a.size(), b.size(), matched, solid, swaps, factSwaps,
                swappedA, swappedB, list);
        return decide(figures);
    }

    private PairComparison decide(PairComparison f) {
        CopyKind kind = null;
        double score = f.alignedCoverage();
        boolean factsKept = f.factSwaps() <= Math.max(1, MAX_FACT_SWAP_SHARE * f.substitutions());
        if (f.shorterWords() >= thresholds.minWords() && factsKept) {
            boolean fewSwaps = f.swapsPerHundredWords() < thresholds.maxSyndicatedSwaps()
                    || f.substitutions() < MIN_SPUN_SWAPS;
            if (f.matchedCoverage() >= thresholds.syndicatedMatched() && fewSwaps) {
                kind = CopyKind.SYNDICATED;
                score = f.matchedCoverage();
            } else if (f.alignedCoverage() >= thresholds.spunAligned() && f.solidCoverage() >= thresholds.spunSolid()
                    && !fewSwaps) {
                kind = CopyKind.SPUN;
            }
        }
        return new PairComparison(kind, score, f.wordsA(), f.wordsB(), f.matchedWords(), f.solidWords(),
                f.substitutions(), f.factSwaps(), f.swappedWordsA(), f.swappedWordsB(), f.swaps());
    }

    private static boolean namesFact(List<String> phrase) {
        for (String w : phrase) {
            if (DATE_WORDS.contains(w) || w.chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    private static int[] toIds(List<String> words, Map<String, Integer> ids) {
        int[] out = new int[words.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = ids.computeIfAbsent(words.get(k), w -> ids.size());
        }
        return out;
    }
}
