package io.storyline.clean.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the headline among the lines before the article region: the headline-like line nearest above the
 * article, within a few lines; otherwise a headline-like line the dump prints twice (page title, then the
 * article's h1); otherwise the first one.
 */
public final class HeadlineFinder {
    /** How many surviving lines above the article the nearest headline may be. */
    private static final int NEAR_WINDOW = 6;

    /** Index of the headline line among the lines above {@code articleStart}, if any. */
    public Optional<Integer> find(List<DumpLine> lines, int articleStart) {
        boolean[] repeated = repeatedLater(lines);
        Integer first = null;
        Integer nearest = null;
        int survivorsAbove = 0;
        for (int i = articleStart - 1; i >= 0; i--) {
            DumpLine line = lines.get(i);
            boolean duplicate = line.kind() == LineKind.BOILERPLATE && line.verdict().reason().startsWith("duplicate");
            if (line.kind() == LineKind.BOILERPLATE && !duplicate || line.kind() == LineKind.BLOCK_OPENER) {
                continue;
            }
            if (!duplicate) {
                survivorsAbove++;
            }
            if (!duplicate && isCandidate(line)) {
                first = i;
                if (nearest == null && survivorsAbove <= NEAR_WINDOW) {
                    nearest = i;
                }
            }
        }
        if (nearest != null) {
            return Optional.of(nearest);
        }
        for (int i = 0; i < articleStart; i++) {
            DumpLine line = lines.get(i);
            if (repeated[i] && isCandidate(line) && line.kind() != LineKind.BOILERPLATE) {
                return Optional.of(i);
            }
        }
        return Optional.ofNullable(first);
    }

    private static boolean[] repeatedLater(List<DumpLine> lines) {
        boolean[] repeated = new boolean[lines.size()];
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Integer earlier = first.putIfAbsent(LineStatistics.normalize(lines.get(i).text()), i);
            if (earlier != null) {
                repeated[earlier] = true;
            }
        }
        return repeated;
    }

    private static boolean isCandidate(DumpLine line) {
        LineFeatures f = line.features();
        boolean shape = line.kind() == LineKind.HEADING
                || (line.kind() == LineKind.PROSE || line.kind() == LineKind.OTHER) && f.isHeadlineLike()
                || line.kind() == LineKind.SENTENCE && line.text().strip().matches(".*[?!]$") && f.words() <= 25;
        return shape && f.words() >= 3;
    }
}
