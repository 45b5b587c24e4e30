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
