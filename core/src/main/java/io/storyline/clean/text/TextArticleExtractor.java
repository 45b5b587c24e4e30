package io.storyline.clean.text;

import io.storyline.budget.PageDeadline;
import io.storyline.clean.Extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Main text of a plain-text page dump (one block a line): classify each line on its own, correct the
 * verdicts with the neighbouring lines, find the contiguous article region by line scores, pick the
 * headline above it, then clean the region of the furniture inside it. Every dropped line is reported with
 * the rule that dropped it.
 *
 * <p>Hand-written because the extraction libraries (Readability, Boilerpipe, jusText ports) work on HTML
 * markup or need the DOM's link density; a text dump has only the lines themselves.
 */
public final class TextArticleExtractor {
    /** Bylines, datelines and captions may sit this many lines above the article, across furniture. */
    private static final int ATTACH_REACH = 4;

    private final LineClassifier classifier;
    private final NeighbourRules neighbours;
    private final CommentSections comments;
    private final CoreRegionFinder regions = new CoreRegionFinder();
    private final HeadlineFinder headlines = new HeadlineFinder();
    private final RegionCleaner cleaner = new RegionCleaner();

    public TextArticleExtractor() {
        BoilerplateLexicon lexicon = new BoilerplateLexicon();
        this.classifier = new LineClassifier(lexicon, new CreditLines());
        this.neighbours = new NeighbourRules(lexicon);
        this.comments = new CommentSections(lexicon);
    }

    public Extraction extract(String text) {
        return extract(text, LineStatistics.NONE);
    }

    /** As {@link #extract(String)}, with how often each line recurs across a corpus as further evidence. */
    public Extraction extract(String text, LineStatistics corpus) {
        PageDeadline.check();
        List<DumpLine> classified = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.replace('\u00a0', ' ').strip();
            if (!line.isEmpty()) {
                LineFeatures features = LineFeatures.of(line);
                classified.add(new DumpLine(line, features, classifier.classify(line, features, corpus)));
            }
        }
        List<DumpLine> lines = neighbours.apply(classified);
        CoreRegionFinder.Region found = regions.find(lines.stream().map(DumpLine::verdict).toList());
        CoreRegionFinder.Region region = comments.cut(lines, found);
        String[] reasons = cleaner.reasons(lines, region);
        markComments(lines, region.end(), found.end(), reasons);
        attachLinesAbove(lines, region, reasons);
        attachCreditsBelow(lines, region, reasons);

        int articleStart = region.isEmpty() ? lines.size() : region.start();
        Optional<Integer> headline = headlines.find(lines, articleStart);
        String title = headline.map(i -> lines.get(i).text()).orElse(null);
        headline.ifPresent(i -> reasons[i] = null);

        List<String> kept = new ArrayList<>();
        List<Extraction.Removed> removed = new ArrayList<>();
        String titleKey = title == null ? null : LineStatistics.normalize(title);
        for (int i = 0; i < lines.size(); i++) {
            if (headline.isPresent() && headline.get() == i) {
                continue;
            }
            String line = lines.get(i).text();
            String reason = reasons[i];
            if (titleKey != null && LineStatistics.normalize(line).equals(titleKey)) {
                reason = "duplicate-title";
            }
            if (reason == null) {
                kept.add(line);
            } else {
                removed.add(new Extraction.Removed(line, reason));
            }
        }
        return new Extraction(title, String.join("\n", kept), removed);
    }

    /** A wire credit or contributor line may follow the last paragraph after a separator or a correction note. */
    private static void attachCreditsBelow(List<DumpLine> lines, CoreRegionFinder.Region region, String[] reasons) {
        if (region.isEmpty()) {
            return;
        }
        for (int i = region.end(); i < Math.min(lines.size(), region.end() + ATTACH_REACH); i++) {
            LineKind kind = lines.get(i).kind();
            if (kind == LineKind.CREDIT) {
                reasons[i] = null;
            } else if (kind == LineKind.PROSE) {
                return;
            }
        }
    }

    /** Lines the region finder took for article but that follow a comment-section opener are comments. */
    private static void markComments(List<DumpLine> lines, int from, int to, String[] reasons) {
        for (int i = from; i < to; i++) {
            if (lines.get(i).kind() != LineKind.BOILERPLATE && lines.get(i).kind() != LineKind.BLOCK_OPENER) {
                reasons[i] = "comment-section";
            }
        }
    }

    /**
     * The region starts at prose; the byline, dateline and photo caption just above it belong to the article
     * too. Walk up across furniture (which stays dropped) and stop at the first headline or other stub.
     */
    private static void attachLinesAbove(List<DumpLine> lines, CoreRegionFinder.Region region, String[] reasons) {
        if (region.isEmpty()) {
            return;
        }
        for (int i = region.start() - 1; i >= Math.max(0, region.start() - ATTACH_REACH); i--) {
            LineKind kind = lines.get(i).kind();
            if (kind == LineKind.CREDIT || kind == LineKind.SENTENCE) {
                reasons[i] = null;
            } else if (kind != LineKind.BOILERPLATE) {
                return;
            }
        }
    }
}
