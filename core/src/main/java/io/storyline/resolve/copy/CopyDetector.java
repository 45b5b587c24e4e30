package io.storyline.resolve.copy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds exact, syndicated and spun copies among documents added one at a time. Each new document is
 * MinHashed, its candidates come from the {@link LshIndex}, each candidate is mapped to the original of its
 * cluster, and at most {@link Settings#maxVerified} originals are aligned with it by the {@link CopyVerifier}.
 * The best verified match becomes a {@link CopyLink}; which side is the original follows {@link OriginalityRule}
 * (a new document can take over as original of an existing cluster, and then the old original is linked to it).
 *
 * <p>Only originals (and a few spun members per cluster) enter the index, so heavily copied stories do not
 * make buckets, memory or verification grow with the number of copies. Texts are needed only for originals: by
 * default the detector keeps them, or a {@link TextSource} (the store) supplies them. Not thread-safe.
 */
public final class CopyDetector {
    /** The text of a document added earlier, by id. */
    @FunctionalInterface
    public interface TextSource {
        String text(String id);
    }

    /**
     * @param bands                LSH bands
     * @param rows                 rows per band (signature size = bands x rows)
     * @param shingleWidth         words per shingle
     * @param minAgreement         candidates whose signatures agree less are not verified
     * @param maxVerified          originals aligned per new document, best signature agreement first
     * @param indexedSpunPerCluster spun copies per cluster that also enter the index, so later spins of a spin
     *                             are still found
     * @param maxBucketWalk        entries read per LSH bucket
     */
    public record Settings(int bands, int rows, int shingleWidth, double minAgreement, int maxVerified,
                           int indexedSpunPerCluster, int maxBucketWalk, CopyVerifier.Thresholds thresholds) {
        public static final Settings DEFAULT = new Settings(30, 3, WordShingles.DEFAULT_WIDTH, 0.08, 3, 3, 500,
                CopyVerifier.Thresholds.DEFAULT);

        public int signatureSize() {
            return bands * rows;
        }
    }

    private static final int NO_DATE = Integer.MIN_VALUE;

    private final Settings settings;
    private final TextSource externalTexts;
    private final Map<Integer, String> rootTexts = new HashMap<>();
    private final LshIndex index;
    private final CopyVerifier verifier;
    private final OriginalityRule originality;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private int[] parent = new int[1024];
    private int[] published = new int[1024];
    private byte[] indexedSpun = new byte[1024];
    private long verifications;

    /** A detector that keeps the texts of originals itself. */
    public CopyDetector() {
        this(Settings.DEFAULT, null);
    }

    /** A detector that asks {@code texts} for earlier documents' texts (null: keep them itself). */
    public CopyDetector(Settings settings, TextSource texts) {
        this.settings = settings;
        this.externalTexts = texts;
        this.index = new LshIndex(settings.bands(), settings.rows(), settings.maxBucketWalk());
        this.verifier = new CopyVerifier(settings.thresholds());
        this.originality = new OriginalityRule(new SpinDetector());
    }

    /**
     * Adds a document and returns the links it creates: none (not a copy of anything seen), one (it copies an
     * earlier-added document, or an earlier-added original turns out to copy it). Ids must be unique.
     */
    public List<CopyLink> add(String id, String text, LocalDate publishedOn) {
        if (numbers.containsKey(id)) {
            throw new IllegalArgumentException("document added twice: " + id);
        }
        int doc = register(id, publishedOn);
        List<String> words = WordTokens.of(text);
        int[] signature = MinHashSignature.of(WordShingles.hashes(words, settings.shingleWidth()), settings.signatureSize());
        LshIndex.Candidates candidates = index.candidates(signature, settings.minAgreement());

        int bestRoot = -1;
        PairComparison best = null;
        String bestText = null;
        int[] tried = new int[settings.maxVerified()];
        int triedCount = 0;
        for (int k = 0; k < candidates.size() && triedCount < tried.length; k++) {
            int root = find(candidates.docs()[k]);
            if (contains(tried, triedCount, root)) {
                continue;
            }
            tried[triedCount++] = root;
            String rootText = textOf(root);
            verifications++;
            PairComparison comparison = verifier.compare(WordTokens.of(rootText), words);
            if (comparison.isCopy() && (best == null || comparison.score() > best.score())) {
                best = comparison;
                bestRoot = root;
                bestText = rootText;
                if (comparison.kind() == CopyKind.EXACT) {
                    break;
                }
            }
        }
        if (best == null) {
            becomeRoot(doc, text, signature);
            return List.of();
        }
        OriginalityRule.Side earlier = side(bestRoot, bestText);
        OriginalityRule.Side fresh = new OriginalityRule.Side(id, publishedOn, text);
        OriginalityRule.Decision decision = originality.decide(earlier, fresh);
        if (decision.original() == earlier) {
            parent[doc] = bestRoot;
            if (best.kind() == CopyKind.SPUN && indexedSpun[bestRoot] < settings.indexedSpunPerCluster()) {
                indexedSpun[bestRoot]++;
                index.add(doc, signature);
            }
            return List.of(link(id, ids.get(bestRoot), best, decision));
        }
        parent[bestRoot] = doc;
        indexedSpun[doc] = indexedSpun[bestRoot];
        rootTexts.remove(bestRoot);
        becomeRoot(doc, text, signature);
        return List.of(link(ids.get(bestRoot), id, best.reversed(), decision));
    }

    /** The original of the cluster the document belongs to (itself when nothing it copies was seen). */
    public String originalOf(String id) {
        Integer doc = numbers.get(id);
        if (doc == null) {
            throw new IllegalArgumentException("unknown document: " + id);
        }
        return ids.get(find(doc));
    }

    public int documents() {
        return ids.size();
    }

    public int indexedDocuments() {
        return index.size();
    }

    /** How many pairs were aligned so far: the verifier's share of the work. */
    public long verifications() {
        return verifications;
    }

    public long indexFootprintBytes() {
        return index.footprintBytes();
    }

    private static CopyLink link(String copyId, String originalId, PairComparison originalToCopy,
                                 OriginalityRule.Decision decision) {
        List<Substitution> swaps = originalToCopy.kind() == CopyKind.SPUN ? originalToCopy.swaps() : List.of();
        return new CopyLink(copyId, originalId, originalToCopy.kind(), originalToCopy.score(), swaps,
                originalToCopy.describe() + "; original: " + decision.reason());
    }

    private OriginalityRule.Side side(int doc, String text) {
        int day = published[doc];
        return new OriginalityRule.Side(ids.get(doc), day == NO_DATE ? null : LocalDate.ofEpochDay(day), text);
    }

    private int register(String id, LocalDate publishedOn) {
        int doc = ids.size();
        if (doc == parent.length) {
            int capacity = doc + (doc >> 1);
            parent = Arrays.copyOf(parent, capacity);
            published = Arrays.copyOf(published, capacity);
            indexedSpun = Arrays.copyOf(indexedSpun, capacity);
        }
        ids.add(id);
        numbers.put(id, doc);
        parent[doc] = doc;
        published[doc] = publishedOn == null ? NO_DATE : (int) publishedOn.toEpochDay();
        return doc;
    }

    private void becomeRoot(int doc, String text, int[] signature) {
        parent[doc] = doc;
        if (externalTexts == null) {
            rootTexts.put(doc, text);
        }
        index.add(doc, signature);
    }

    private String textOf(int root) {
        return externalTexts == null ? rootTexts.get(root) : externalTexts.text(ids.get(root));
    }

    private int find(int doc) {
        while (parent[doc] != doc) {
            parent[doc] = parent[parent[doc]];
            doc = parent[doc];
        }
        return doc;
    }

    private static boolean contains(int[] values, int n, int value) {
        for (int i = 0; i < n; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
