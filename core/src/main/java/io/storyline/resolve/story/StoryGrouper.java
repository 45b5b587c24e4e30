package io.storyline.resolve.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups articles into stories in order of arrival: an article joins the story whose entities it shares most
 * (idf-weighted cosine: each shared entity weighted by how rare it is in the corpus, so "NATO" says less than
 * "Park Jin"), if that
 * story's dates are within a window of the article's; otherwise it starts a story. Because each article is
 * judged only against those before it, re-running after an incremental ingest leaves every earlier assignment
 * and every story id as it was. Candidate stories come from an entity → stories index, never all pairs.
 */
public final class StoryGrouper {
    /** How far apart (days) an article and a story may be published and still be one happening. */
    public static final int WINDOW_DAYS = 10;
    /** The least weighted overlap of entities for an article to join a story. */
    public static final double MIN_SCORE = 0.3;
    /** The least overlap when the article or the story has no date, so the window cannot rule a match out. */
    public static final double MIN_SCORE_UNDATED = 0.45;
    /** One shared name, however rare, is a coincidence more often than a story. */
    public static final int MIN_SHARED = 2;

    public List<Story> group(List<StoryInput> articles) {
        return group(articles, Map.of());
    }

    /** Groups; {@code names} (entity id → name) makes the reasons readable. */
    public List<Story> group(List<StoryInput> articles, Map<String, String> names) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (StoryInput a : articles) {
            for (String e : a.entities().keySet()) {
                documentFrequency.merge(e, 1, Integer::sum);
            }
        }
        int n = Math.max(1, articles.size());
        Map<String, Double> idf = new HashMap<>();
        documentFrequency.forEach((e, df) -> idf.put(e, Math.log(1.0 + (double) n / df)));
        List<Growing> stories = new ArrayList<>();
        Map<String, Growing> storyOfArticle = new HashMap<>();
        Map<String, List<Growing>> storiesByEntity = new HashMap<>();
        for (StoryInput a : articles) {
            Growing target = a.original() == null ? null : storyOfArticle.get(a.original());
            String why = target == null ? null : "copy of " + a.original();
            if (target == null) {
                double best = 0;
                Set<Growing> candidates = new LinkedHashSet<>();
                for (String e : a.entities().keySet()) {
                    candidates.addAll(storiesByEntity.getOrDefault(e, List.of()));
                }
                for (Growing s : candidates) {
                    if (!s.withinWindow(a.published())) {
                        continue;
                    }
                    double score = s.overlap(a.entities().keySet());
                    double needed = a.published() == null || s.start == null ? MIN_SCORE_UNDATED : MIN_SCORE;
                    if (score >= needed && score > best && s.sharedCount(a.entities().keySet()) >= MIN_SHARED) {
                        best = score;
                        target = s;
                    }
                }
                if (target != null) {
                    why = String.format(java.util.Locale.ROOT, "shares %s (score %.2f)",
                            target.shared(a.entities().keySet(), idf).stream()
                                    .map(e -> names.getOrDefault(e, e)).toList(), best);
                }
            }
            if (target == null) {
                target = new Growing("s" + a.articleId(), idf);
                stories.add(target);
            }
            target.add(a, why);
            storyOfArticle.put(a.articleId(), target);
            for (String e : a.entities().keySet()) {
                List<Growing> list = storiesByEntity.computeIfAbsent(e, k -> new ArrayList<>());
                if (!list.contains(target)) {
                    list.add(target);
                }
            }
        }
        return stories.stream().map(Growing::toStory).toList();
    }

    /** A story as it grows. */
    private static final class Growing {
        final String id;
        String title;
        final List<String> articles = new ArrayList<>();
        final List<String> why = new ArrayList<>();
        final Map<String, Integer> entityMentions = new LinkedHashMap<>();
        LocalDate start;
        LocalDate end;
        String startIso;
        String endIso;

        /** Sum of the squared idf weights of the story's entities, kept as entities join. */
        double squaredNorm;
        final Map<String, Double> idf;

        Growing(String id, Map<String, Double> idf) {
            this.id = id;
            this.idf = idf;
        }

        void add(StoryInput a, String reason) {
            articles.add(a.articleId());
            if (reason != null) {
                why.add(a.articleId() + ": " + reason);
            }
            if (title == null && a.title() != null && a.original() == null) {
                title = a.title();
            }
            a.entities().forEach((e, count) -> {
                if (entityMentions.merge(e, count, Integer::sum).equals(count)) {
                    double w = idf.getOrDefault(e, 0.0);
                    squaredNorm += w * w;
                }
            });
            if (a.published() != null) {
                if (start == null || a.published().isBefore(start)) {
                    start = a.published();
                    startIso = a.publishedIso();
                }
                if (end == null || a.published().isAfter(end)) {
                    end = a.published();
                    endIso = a.publishedIso();
                }
            }
        }

        boolean withinWindow(LocalDate day) {
            if (day == null || start == null) {
                return true;
            }
            return ChronoUnit.DAYS.between(end, day) <= WINDOW_DAYS && ChronoUnit.DAYS.between(day, start) <= WINDOW_DAYS;
        }

        /**
         * Cosine of the article's and the story's entity sets, each entity weighted by its idf: rare shared names
         * count most, and a story that grows does not drown a newcomer's score as a Jaccard would.
         */
        double overlap(Set<String> entities) {
            double shared = 0;
            double mine = 0;
            for (String e : entities) {
                double w = idf.getOrDefault(e, 0.0);
                mine += w * w;
                if (entityMentions.containsKey(e)) {
                    shared += w * w;
                }
            }
            return mine == 0 || squaredNorm == 0 ? 0 : shared / Math.sqrt(mine * squaredNorm);
        }

        int sharedCount(Set<String> entities) {
            int n = 0;
            for (String e : entities) {
                if (entityMentions.containsKey(e)) {
                    n++;
                }
            }
            return n;
        }

        List<String> shared(Set<String> entities, Map<String, Double> idf) {
            return entities.stream().filter(entityMentions::containsKey)
                    .sorted(Comparator.comparingDouble((String e) -> -idf.getOrDefault(e, 0.0))).limit(5).toList();
        }

        Story toStory() {
            List<String> main = entityMentions.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
                    .map(Map.Entry::getKey).toList();
            return new Story(id, title, List.copyOf(articles), startIso, endIso, main, List.copyOf(why));
        }
    }
}
