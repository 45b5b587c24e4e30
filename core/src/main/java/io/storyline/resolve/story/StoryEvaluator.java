package io.storyline.resolve.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores story grouping against hand-judged stories: B-cubed precision, recall and F1 (per article: the share of
 * its system story that is in its gold story, and the reverse, averaged over articles) and the pairs of articles
 * gold puts in one story that the system put in one too. System stories are cut to the gold's articles, so
 * articles outside the gold neither help nor hurt.
 */
public final class StoryEvaluator {

    /** Scores of one run. */
    public record Scores(int articles, int goldStories, int systemStories, double precision, double recall,
                         double f1, int goldPairs, int pairsFound, double pairRecall, int systemPairs,
                         double pairPrecision) {
    }

    /**
     * @param gold          the judged articles
     * @param systemStoryOf the system's story of each gold document (a missing document is a story of its own)
     */
    public Scores score(List<StoryGold> gold, Map<String, String> systemStoryOf) {
        Map<String, String> system = new HashMap<>();
        for (StoryGold g : gold) {
            String s = systemStoryOf.get(g.doc());
            system.put(g.doc(), s == null ? "missing:" + g.doc() : s);
        }
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> systemSize = new HashMap<>();
        Map<String, Integer> bothSize = new HashMap<>();
        for (StoryGold g : gold) {
            goldSize.merge(g.story(), 1, Integer::sum);
            systemSize.merge(system.get(g.doc()), 1, Integer::sum);
            bothSize.merge(g.story() + "\u0000" + system.get(g.doc()), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (StoryGold g : gold) {
            int both = bothSize.get(g.story() + "\u0000" + system.get(g.doc()));
            precision += (double) both / systemSize.get(system.get(g.doc()));
            recall += (double) both / goldSize.get(g.story());
        }
        int n = gold.size();
        precision = n == 0 ? 0 : precision / n;
        recall = n == 0 ? 0 : recall / n;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        int goldPairs = pairs(goldSize);
        int systemPairs = pairs(systemSize);
        int found = pairs(bothSize);
        return new Scores(n, goldSize.size(), systemSize.size(), precision, recall, f1, goldPairs, found,
                goldPairs == 0 ? 1 : (double) found / goldPairs, systemPairs,
                systemPairs == 0 ? 1 : (double) found / systemPairs);
    }

    private static int pairs(Map<String, Integer> sizes) {
        int pairs = 0;
        for (int size : sizes.values()) {
            pairs += size * (size - 1) / 2;
        }
        return pairs;
    }
}
