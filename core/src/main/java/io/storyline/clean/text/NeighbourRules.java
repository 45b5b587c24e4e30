package io.storyline.clean.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verdicts that depend on the lines around a line rather than the line alone: a wrapped furniture line
 * continues its furniture, a labelled block ("Legal Disclaimer:") covers what follows the label, a feed
 * stamp is followed by its origin, a repeated line (the headline again, a caption printed twice) is a
 * duplicate, and the teasers after a block opener belong to the block.
 */
public final class NeighbourRules {
    /** A teaser block ends at the first line of prose this long. */
    private static final int PROSE_RESUMES_WORDS = 15;
    private static final int MAX_TEASERS = 12;
    private static final int MIN_TEASER_PAIRS = 3;
    private static final int MIN_SLIDES = 3;
    private static final java.util.regex.Pattern SLIDE_COUNTER = java.util.regex.Pattern.compile("^(\\d{1,3})\\s*/\\s*(\\d{1,3})(?:\\s|$)");
    private static final int MAX_SUMMARY_WORDS = 60;
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("^\\s*(?:\\d{1,2}|[ivx]{1,4})[.):]\\s");

    private final BoilerplateLexicon lexicon;

    public NeighbourRules(BoilerplateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<DumpLine> apply(List<DumpLine> lines) {
        List<DumpLine> out = new ArrayList<>(lines);
        markContinuations(out);
        markWidgetInnards(out);
        markDuplicates(out);
        markTeasers(out);
        markTeaserLists(out);
        markGalleries(out);
        return out;
    }

    private void markContinuations(List<DumpLine> lines) {
        for (int i = 1; i < lines.size(); i++) {
            DumpLine previous = lines.get(i - 1);
            DumpLine line = lines.get(i);
            if (previous.kind() != LineKind.BOILERPLATE || line.kind() == LineKind.BOILERPLATE) {
                continue;
            }
            String reason = previous.verdict().reason();
            boolean labelled = previous.text().strip().endsWith(":") && !reason.equals("date-widget");
            boolean wrapped = !previous.features().endsLikeSentence() && startsLowerCase(line.text())
                    && !reason.equals("date-widget") && line.features().words() < PROSE_RESUMES_WORDS;
            boolean feedOrigin = reason.equals("feed-stamp") && lexicon.isFeedOrigin(line.text());
            if (labelled || wrapped || feedOrigin) {
                lines.set(i, line.withVerdict(LineClassifier.boilerplate(reason)));
            }
        }
    }

    /** A lone word between two date or weather lines ("35 C" / "Delhi" / "Friday, March 29") is part of that widget. */
    private static void markWidgetInnards(List<DumpLine> lines) {
        for (int i = 1; i + 1 < lines.size(); i++) {
            DumpLine line = lines.get(i);
            if (line.kind() != LineKind.BOILERPLATE && line.features().words() <= 2 && isDateWidget(lines.get(i - 1))
                    && isDateWidget(lines.get(i + 1))) {
                lines.set(i, line.withVerdict(LineClassifier.boilerplate("date-widget")));
            }
        }
    }

    private static boolean isDateWidget(DumpLine line) {
        return line.kind() == LineKind.BOILERPLATE && "date-widget".equals(line.verdict().reason());
    }

    private static void markDuplicates(List<DumpLine> lines) {
        Map<String, Integer> firstSeen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            DumpLine line = lines.get(i);
            String key = LineStatistics.normalize(line.text());
            Integer first = firstSeen.putIfAbsent(key, i);
            if (first == null || line.kind() == LineKind.BOILERPLATE) {
                continue;
            }
            String reason = line.features().words() >= 8 ? "duplicate-caption" : "duplicate";
            lines.set(i, line.withVerdict(new LineVerdict(LineKind.BOILERPLATE, 0, reason)));
        }
    }

    private static void markTeasers(List<DumpLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() != LineKind.BLOCK_OPENER) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && j - i <= MAX_TEASERS && !resumesArticle(lines.get(j))) {
                DumpLine teaser = lines.get(j);
                if (teaser.kind() != LineKind.BOILERPLATE && teaser.kind() != LineKind.BLOCK_OPENER) {
                    lines.set(j, teaser.withVerdict(new LineVerdict(LineKind.BOILERPLATE, LineClassifier.SHORT_SCORE, "teaser")));
                }
                j++;
            }
            i = j - 1;
        }
    }

    /**
     * Three or more headline + one-paragraph pairs in a row are a list of other stories with their
     * summaries, not an article with subheadings: articles put more than one short paragraph under most
     * subheadings, and number the items of a listicle.
     */
    private static void markTeaserLists(List<DumpLine> lines) {
        int i = 0;
        while (i + 1 < lines.size()) {
            int j = i;
            int pairs = 0;
            while (j + 1 < lines.size() && isTeaserHeadline(lines.get(j)) && isTeaserSummary(lines.get(j + 1))) {
                pairs++;
                j += 2;
            }
            if (pairs >= MIN_TEASER_PAIRS && (j >= lines.size() || !isParagraph(lines.get(j)))) {
                for (int k = i; k < j; k++) {
                    lines.set(k, lines.get(k).withVerdict(LineClassifier.boilerplate("teaser")));
                }
            }
            i = pairs > 0 ? j : i + 1;
        }
    }

    /**
     * A slideshow dumped as text: slide counters "1/50 Title", "2/50 Title", … with a caption under each.
     * Everything from the first counter to the caption under the last one is the gallery.
     */
    private static void markGalleries(List<DumpLine> lines) {
        java.util.Map<String, List<Integer>> counters = new java.util.HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            java.util.regex.Matcher m = SLIDE_COUNTER.matcher(lines.get(i).text());
            if (m.find()) {
                counters.computeIfAbsent(m.group(2), k -> new java.util.ArrayList<>()).add(i);
            }
        }
        for (List<Integer> slides : counters.values()) {
            long distinct = slides.stream().map(i -> SLIDE_COUNTER.matcher(lines.get(i).text()).results().findFirst()
                    .map(r -> r.group(1)).orElse("")).distinct().count();
            if (distinct < MIN_SLIDES) {
                continue;
            }
            int last = Math.min(lines.size() - 1, slides.get(slides.size() - 1) + 1);
            for (int k = slides.get(0); k <= last; k++) {
                if (lines.get(k).kind() != LineKind.BOILERPLATE) {
                    lines.set(k, lines.get(k).withVerdict(LineClassifier.boilerplate("gallery")));
                }
            }
        }
    }

    private static boolean isTeaserHeadline(DumpLine line) {
        return line.kind() == LineKind.HEADING && !NUMBERED.matcher(line.text()).find();
    }

    private static boolean isTeaserSummary(DumpLine line) {
        return isParagraph(line) && line.features().words() <= MAX_SUMMARY_WORDS;
    }

    private static boolean isParagraph(DumpLine line) {
        return line.kind() == LineKind.PROSE || line.kind() == LineKind.SENTENCE;
    }

    /** Teasers are headlines and stubs; a full sentence of ordinary prose is the article again. */
    private static boolean resumesArticle(DumpLine line) {
        LineFeatures f = line.features();
        return line.kind() == LineKind.CREDIT
                || line.kind() == LineKind.PROSE && (f.words() >= PROSE_RESUMES_WORDS || f.endsLikeSentence())
                || line.kind() == LineKind.SENTENCE && f.words() >= 8 && f.stopWordRatio() >= 0.15;
    }

    private static boolean startsLowerCase(String text) {
        String t = text.strip();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }
}
