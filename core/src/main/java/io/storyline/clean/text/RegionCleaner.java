package io.storyline.clean.text;

import java.util.List;

/**
 * Decides, line by line, what is dropped: everything outside the article region, and inside it the
 * furniture the region absorbed (lexicon matches, block openers and their teasers, duplicates) plus runs
 * of consecutive headline-like lines, which are link lists rather than the single subheading an article has.
 */
public final class RegionCleaner {
    /** A run of this many consecutive non-sentence short lines inside the article is a link list. */
    private static final int LINK_RUN = 2;
    private static final int NAVIGATION_WORDS = 4;
    private static final int MAX_ITEM_WORDS = 20;
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("^\\s*\\d{1,2}[.)]\\s+\\S");

    /** The drop reason of each line, null for lines kept. */
    public String[] reasons(List<DumpLine> lines, CoreRegionFinder.Region region) {
        String[] reasons = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            DumpLine line = lines.get(i);
            if (line.kind() == LineKind.BOILERPLATE || line.kind() == LineKind.BLOCK_OPENER) {
                reasons[i] = line.verdict().reason();
            } else if (!region.contains(i)) {
                reasons[i] = outsideReason(line, i < region.start());
            }
        }
        dropLinkRuns(lines, region, reasons);
        return reasons;
    }

    private static String outsideReason(DumpLine line, boolean above) {
        if (line.kind() == LineKind.HEADING) {
            return "teaser";
        }
        if (line.features().words() <= NAVIGATION_WORDS) {
            return "navigation";
        }
        return above ? "header" : "footer";
    }

    private static void dropLinkRuns(List<DumpLine> lines, CoreRegionFinder.Region region, String[] reasons) {
        int i = region.start();
        while (i < region.end()) {
            if (!isListItem(lines.get(i)) || reasons[i] != null) {
                i++;
                continue;
            }
            int j = i;
            int titled = 0;
            while (j < region.end() && reasons[j] == null && isListItem(lines.get(j))) {
                if (lines.get(j).features().isTitleCased()) {
                    titled++;
                }
                j++;
            }
            if (isLinkList(lines, i, j, titled)) {
                for (int k = i; k < j; k++) {
                    reasons[k] = "teaser";
                }
            }
            i = j;
        }
    }

    /**
     * Lines i..j-1 are consecutive short non-sentences inside the article. Mostly Title Case, or three and
     * more, or a short label over longer headlines: a list of links. Two sentence-case lines of similar
     * length may be a subheading and a short line and stay.
     */
    private static boolean isLinkList(List<DumpLine> lines, int i, int j, int titled) {
        int run = j - i;
        if (run < LINK_RUN) {
            return false;
        }
        boolean labelOverHeadlines = lines.get(i).features().words() <= NAVIGATION_WORDS
                && lines.get(i + 1).features().words() > lines.get(i).features().words() + 2;
        return titled * 2 >= run || run >= 3 || labelOverHeadlines;
    }

    /** Numbered items ("1. Finland") and typed bullets ("+ Added X") are the article's own list, not links. */
    private static boolean isListItem(DumpLine line) {
        return (line.kind() == LineKind.HEADING || line.kind() == LineKind.OTHER) && !line.features().endsLikeSentence()
                && line.features().words() <= MAX_ITEM_WORDS && !NUMBERED.matcher(line.text()).find()
                && !LineClassifier.BULLET_ITEM.matcher(line.text()).find();
    }
}
