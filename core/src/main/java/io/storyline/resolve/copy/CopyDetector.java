package io.storyline.resolve.copy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Finds exact, syndicated and spun copies among documents added one at a time. Each new document is
 * MinHashed, its candidates come from the {@link LshIndex}, each candidate is mapped to the original of its
 * cluster (a group of documents linked as copies), and in at most {@link Settings#maxVerified} clusters the
 * indexed member most like the new document is aligned with it by the {@link CopyVerifier}. The best verified
 * match becomes a {@link CopyLink}, directed by {@link OriginalityRule}. Each cluster's original is its most
 * original member under the same rule: a new document can take over that role.
 *
 * <p>Only documents that copy nothing (and a few spun members per cluster) enter the index, so heavily copied
 * stories do not make buckets, memory or verification grow with the number of copies. Texts are needed only for
 * indexed documents: by default the detector keeps them, or a {@link TextSource} (the store) supplies them.
 * Not thread-safe.
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

        /**
         * Bumped whenever a change to the detector (hashing, verifying, the originality rule) changes what it
         * decides, so that {@link DocumentState}s a caller kept from an older detector are not restored.
         */
        private static final int DECISIONS_VERSION = 1;

        public int signatureSize() {
            return bands * rows;
        }

        /** Names these settings and this detector's way of deciding: kept states restore only under the same. */
        public String fingerprint() {
            return "copies-v" + DECISIONS_VERSION + " " + this;
        }
    }

    private static final int NO_DATE = Integer.MIN_VALUE;

    private final Settings settings;
    private final TextSource externalTexts;
    private final Map<Integer, String> indexedTexts = new HashMap<>();
    /** Documents containing each word, over documents that copy nothing: how common a word is in this crawl. */
    private final Map<String, Integer> wordCounts = new HashMap<>();
    private final LshIndex index;
    private final CopyVerifier verifier;
    private final OriginalityRule originality;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private int[] parent = new int[1024];
    /** Each document's slot in the LSH index, -1 when it is not indexed. */
    private int[] slots = new int[1024];
    private int[] published = new int[1024];
    private byte[] indexedSpun = new byte[1024];
    /** Spin-tell weight per document once computed (NaN before): the originality rule asks for it repeatedly. */
    private float[] spinWeights = new float[1024];
    private long verifications;

    /** A detector that keeps the texts of originals itself. */
    public CopyDetector() {
        this(Settings.DEFAULT, null);
    }

    /** A detector that asks {@code texts} for earlier documents' texts (null: keep them itself). */
    public CopyDetector(Settings settings, TextSource texts) {
        this(settings, texts, w -> 0);
    }

    /**
     * A detector over part of a crawl: {@code otherDocuments} tells how many documents that copy nothing, added
     * elsewhere before the next document, contain a word, so the originality rule's word commonness counts the
     * whole crawl. A distributed run gives each group of possible copies its own detector and answers this.
     */
    public CopyDetector(Settings settings, TextSource texts, java.util.function.ToIntFunction<String> otherDocuments) {
        this.settings = settings;
        this.externalTexts = texts;
        this.index = new LshIndex(settings.bands(), settings.rows(), settings.maxBucketWalk());
        this.verifier = new CopyVerifier(settings.thresholds());
        this.originality = new OriginalityRule(new SpinDetector(),
                w -> wordCounts.getOrDefault(w, 0) + otherDocuments.applyAsInt(w));
    }

    /**
     * Adds a document and returns the links it creates: to earlier-added documents it copies, or from earlier-added
     * documents that turn out to copy it (one per cluster it joins). Ids must be unique.
     */
    public List<CopyLink> add(String id, String text, LocalDate publishedOn) {
        if (numbers.containsKey(id)) {
            throw new IllegalArgumentException("document added twice: " + id);
        }
        int doc = register(id, publishedOn);
        List<String> words = WordTokens.of(text);
        int[] signature = MinHashSignature.of(WordShingles.hashes(words, settings.shingleWidth()), settings.signatureSize());
        LshIndex.Candidates candidates = index.candidates(signature, settings.minAgreement());

        // one verification per cluster, against its indexed member most like the new document
        List<Verified> verified = new ArrayList<>();
        int[] triedClusters = new int[settings.maxVerified()];
        int tried = 0;
        for (int k = 0; k < candidates.size() && tried < triedClusters.length; k++) {
            int candidate = candidates.docs()[k];
            int root = find(candidate);
            if (contains(triedClusters, tried, root)) {
                continue;
            }
            triedClusters[tried++] = root;
            String candidateText = textOf(candidate);
            verifications++;
            PairComparison comparison = verifier.compare(WordTokens.of(candidateText), words);
            if (comparison.isCopy()) {
                verified.add(new Verified(candidate, candidateText, comparison));
            }
        }
        if (verified.isEmpty()) {
            countWords(words);
            becomeRoot(doc, text, signature);
            return List.of();
        }
        // the new document joins every cluster it copies (or is copied by): they are one story's copies
        OriginalityRule.Side fresh = new OriginalityRule.Side(id, publishedOn, text, Double.NaN);
        boolean datesMayTie = publishedOn == null || verified.stream().anyMatch(v -> published[v.doc()] == NO_DATE
                || published[v.doc()] == publishedOn.toEpochDay());
        if (datesMayTie) {
            spinWeights[doc] = (float) originality.spinWeight(fresh);    // dates may not decide: needed now and later
            fresh = new OriginalityRule.Side(id, publishedOn, text, spinWeights[doc]);
        }
        List<CopyLink> links = new ArrayList<>();
        int bestRoot = doc;
        OriginalityRule.Side bestSide = fresh;
        boolean anySpun = false;
        for (Verified v : verified) {
            OriginalityRule.Side earlier = side(v.doc(), v.text(), datesMayTie);
            OriginalityRule.Decision decision = originality.decide(earlier, fresh, v.comparison().swaps());
            links.add(decision.original() == earlier
                    ? link(id, ids.get(v.doc()), v.comparison(), decision)
                    : link(ids.get(v.doc()), id, v.comparison().reversed(), decision));
            anySpun |= v.comparison().kind() == CopyKind.SPUN;
            int root = find(v.doc());
            if (root == bestRoot) {
                continue;
            }
            boolean rootDatesMayTie = bestSide.published() == null || published[root] == NO_DATE
                    || published[root] == bestSide.published().toEpochDay();
            OriginalityRule.Side rootSide = root == v.doc() ? earlier : side(root, textOf(root), rootDatesMayTie);
            boolean rootWins = originality.decide(rootSide, bestSide, List.of()).original() == rootSide;
            int loser = rootWins ? bestRoot : root;
            int winner = rootWins ? root : bestRoot;
            parent[loser] = winner;
            indexedSpun[winner] = (byte) Math.min(Byte.MAX_VALUE, indexedSpun[winner] + indexedSpun[loser]);
            if (rootWins) {
                bestRoot = root;
                bestSide = rootSide;
            }
        }
        if (bestRoot == doc) {
            becomeRoot(doc, text, signature);
        } else if (anySpun && indexedSpun[bestRoot] < settings.indexedSpunPerCluster()) {
            indexedSpun[bestRoot]++;
            keepIndexed(doc, text, signature);
        }
        return links;
    }

    private record Verified(int doc, String text, PairComparison comparison) {
    }

    /** The original of the cluster the document belongs to (itself when it is in no cluster). */
    public String originalOf(String id) {
        return ids.get(find(number(id)));
    }

    private int number(String id) {
        Integer doc = numbers.get(id);
        if (doc == null) {
            throw new IllegalArgumentException("unknown document: " + id);
        }
        return doc;
    }

    /** What the detector knows of a document now: its cluster's original, its signature if indexed, and so on. */
    public DocumentState state(String id) {
        int doc = number(id);
        int day = published[doc];
        return new DocumentState(id, day == NO_DATE ? null : LocalDate.ofEpochDay(day), ids.get(find(doc)),
                slots[doc] < 0 ? null : index.signature(slots[doc]), indexedSpun[doc], spinWeights[doc]);
    }

    /**
     * Makes this new detector the one that added these documents, given in the order they were added and in the
     * state they were left in ({@link #state}): adding more documents then gives exactly what adding them after
     * the others in one detector would. Texts of the restored documents come from the {@link TextSource}, and
     * word commonness from the counts the constructor was told of, since the restored documents' words are
     * counted there ({@link #countedWords}).
     */
    public void restore(List<DocumentState> states) {
        if (!ids.isEmpty() || externalTexts == null) {
            throw new IllegalStateException("only an empty detector reading texts from a TextSource can be restored");
        }
        for (DocumentState s : states) {
            int doc = register(s.id(), s.published());
            indexedSpun[doc] = (byte) s.indexedSpun();
            spinWeights[doc] = s.spinWeight();
            if (s.signature() != null) {
                slots[doc] = index.size();
                index.add(doc, s.signature());
            }
        }
        for (DocumentState s : states) {
            parent[numbers.get(s.id())] = number(s.root());
        }
    }

    /**
     * For each word, how many of the documents added since this detector was made (or restored) copy nothing and
     * contain it: what a caller keeping counts between detectors adds to its own.
     */
    public Map<String, Integer> countedWords() {
        return java.util.Collections.unmodifiableMap(wordCounts);
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

    /** One side for the originality rule; {@code needSpin}: dates may not decide, so compute (and keep) its spin weight. */
    private OriginalityRule.Side side(int doc, String text, boolean needSpin) {
        int day = published[doc];
        OriginalityRule.Side side = new OriginalityRule.Side(ids.get(doc), day == NO_DATE ? null : LocalDate.ofEpochDay(day),
                text, spinWeights[doc]);
        if (needSpin && Float.isNaN(spinWeights[doc])) {
            spinWeights[doc] = (float) originality.spinWeight(side);
            side = new OriginalityRule.Side(side.id(), side.published(), text, spinWeights[doc]);
        }
        return side;
    }

    private int register(String id, LocalDate publishedOn) {
        int doc = ids.size();
        if (doc == parent.length) {
            int capacity = doc + (doc >> 1);
            parent = Arrays.copyOf(parent, capacity);
            slots = Arrays.copyOf(slots, capacity);
            published = Arrays.copyOf(published, capacity);
            indexedSpun = Arrays.copyOf(indexedSpun, capacity);
            spinWeights = Arrays.copyOf(spinWeights, capacity);
        }
        ids.add(id);
        numbers.put(id, doc);
        parent[doc] = doc;
        slots[doc] = -1;
        spinWeights[doc] = Float.NaN;
        published[doc] = publishedOn == null ? NO_DATE : (int) publishedOn.toEpochDay();
        return doc;
    }

    private void becomeRoot(int doc, String text, int[] signature) {
        keepIndexed(doc, text, signature);
    }

    private void keepIndexed(int doc, String text, int[] signature) {
        if (externalTexts == null) {
            indexedTexts.put(doc, text);
        }
        slots[doc] = index.size();
        index.add(doc, signature);
    }

    private String textOf(int doc) {
        return externalTexts == null ? indexedTexts.get(doc) : externalTexts.text(ids.get(doc));
    }

    private void countWords(List<String> words) {
        for (String w : new HashSet<>(words)) {
            wordCounts.merge(w, 1, Integer::sum);
        }
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
