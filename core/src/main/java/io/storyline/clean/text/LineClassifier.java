package io.storyline.clean.text;

/**
 * Judges one line on its own evidence: the boilerplate lexicon, corpus recurrence, credit-line shapes and
 * the prose features of {@link LineFeatures}. The scores weigh lines for {@link CoreRegionFinder}: a prose
 * line counts for its words, furniture counts against.
 */
public final class LineClassifier {
    /** Furniture that closes an article (comments, legal notes, stamps): the region does not reach across it. */
    static final double CLOSING_SCORE = -25;
    /** Furniture that sits inside articles too (ad slots, share rows, promos): a small cost only. */
    static final double INLINE_SCORE = -4;
    static final double OPENER_SCORE = -4;
    private static final java.util.Set<String> CLOSING_REASONS = java.util.Set.of("comment-widget", "copyright",
            "legal-disclaimer", "source-link", "feed-stamp", "tracking-id", "recurring-line");
    static final double SHORT_SCORE = -3;
    static final double LIST_SCORE = -6;
    static final double CREDIT_SCORE = 1;
    private static final int PROSE_CAP = 80;
    /**
     * A prose-like line of headline length that does not end like a sentence is mostly a teaser headline in
     * a list of other stories ("Why Uber is the perfect employer for my father"); it stays article text
     * inside the region but does not pull the region towards it.
     */
    private static final int HEADLINE_WORDS = 25;
    static final double UNENDED_PROSE_SCORE = 1;
    /**
     * An item the author marked with a bullet typed into the text ("+ Added Slime Block", "• Two dead"): a
     * list of the article's own, not a menu (menus are marked up, not typed); it costs the region nothing.
     */
    static final java.util.regex.Pattern BULLET_ITEM = java.util.regex.Pattern.compile("^\\s*[+•*▪◦‣–-]\\s+\\p{L}");
    private static final int BULLET_ITEM_WORDS = 3;
    private static final double BULLET_ITEM_SCORE = 0;
    /**
     * Languages whose function words {@link LineFeatures} lacks (Czech, Polish, Turkish…) still write running
     * text as long sentences of mostly lower-case words, which menus and teaser headlines are not.
     */
    private static final int LONG_SENTENCE_WORDS = 15;
    private static final double LOWER_CASE_TEXT = 0.3;

    /** A line found on at least this share of the corpus's pages is furniture, if it is not prose. */
    private static final double RECURRING_SHARE = 0.02;
    /** Prose recurs legitimately (syndicated copies), so it needs a much larger share. */
    private static final double RECURRING_PROSE_SHARE = 0.3;
    private static final int MIN_PAGES = 5;

    private final BoilerplateLexicon lexicon;
    private final CreditLines credits;

    public LineClassifier(BoilerplateLexicon lexicon, CreditLines credits) {
        this.lexicon = lexicon;
        this.credits = credits;
    }

    public LineVerdict classify(String line, LineFeatures features, LineStatistics corpus) {
        if (credits.isCredit(line)) {
            return new LineVerdict(LineKind.CREDIT, CREDIT_SCORE, null);
        }
        var reason = lexicon.reasonFor(line, features);
        if (reason.isPresent()) {
            return boilerplate(reason.get());
        }
        if (lexicon.isBlockOpener(line, features)) {
            return new LineVerdict(LineKind.BLOCK_OPENER, OPENER_SCORE, "related-block");
        }
        if (recurs(line, features, corpus)) {
            return boilerplate("recurring-line");
        }
        if (features.isProse()) {
            boolean headlineShaped = !features.endsLikeSentence() && features.words() <= HEADLINE_WORDS && !line.strip().endsWith(":");
            return new LineVerdict(LineKind.PROSE, headlineShaped ? UNENDED_PROSE_SCORE : Math.min(features.words(), PROSE_CAP), null);
        }
        if (features.endsLikeSentence() && features.words() >= 3 && features.capitalisedRatio() <= 0.6 && !features.hasUrl()) {
            boolean reads = features.words() >= 8 && features.stopWordRatio() >= 0.1
                    || features.words() >= LONG_SENTENCE_WORDS && features.capitalisedRatio() <= LOWER_CASE_TEXT;
            double weight = reads ? features.words() / 2.0 : 0.5;
            return new LineVerdict(LineKind.SENTENCE, weight, null);
        }
        if (BULLET_ITEM.matcher(line).find() && features.words() >= BULLET_ITEM_WORDS && !features.hasUrl()) {
            return new LineVerdict(LineKind.OTHER, BULLET_ITEM_SCORE, null);
        }
        if (features.isHeadlineLike()) {
            return new LineVerdict(LineKind.HEADING, SHORT_SCORE, null);
        }
        if (features.words() >= 8) {
            // long but neither prose nor sentence: runs of names, menus flattened into one line, link lists
            return new LineVerdict(LineKind.OTHER, LIST_SCORE, null);
        }
        return new LineVerdict(LineKind.OTHER, SHORT_SCORE, null);
    }

    /** The verdict for furniture dropped for this reason, weighted by whether it closes an article. */
    static LineVerdict boilerplate(String reason) {
        return new LineVerdict(LineKind.BOILERPLATE, CLOSING_REASONS.contains(reason) ? CLOSING_SCORE : INLINE_SCORE, reason);
    }

    private static boolean recurs(String line, LineFeatures features, LineStatistics corpus) {
        int seen = corpus.pagesSeen();
        if (seen < MIN_PAGES) {
            return false;
        }
        int containing = corpus.pagesContaining(LineStatistics.normalize(line));
        double share = (double) containing / seen;
        return containing >= 3 && share >= (features.isProse() ? RECURRING_PROSE_SHARE : RECURRING_SHARE);
    }
}
