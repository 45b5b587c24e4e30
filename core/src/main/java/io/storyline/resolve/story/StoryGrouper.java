package io.storyline.resolve.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups articles into stories in order of arrival: an article joins the story it is most like, if that story's
 * dates are within a window of the article's; otherwise it starts a story. Likeness adds two cosines: of the
 * entities (each weighted by how rare it is in the corpus, so "NATO" says less than "Park Jin") and of the words
 * (TF-IDF of title and text against the story's centroid), so two outlets that tell one happening in their own
 * words still meet on its rare words ("Durian", "Abuja"), while one actor's different happenings share the actor
 * but not the words. Because each article is judged only against those before it, re-running after an
 * incremental ingest leaves every earlier assignment and every story id as it was. Candidate stories come from an
 * entity → stories and a word → stories index, never all pairs; a story keeps a centroid of its heaviest words,
 * never its articles' texts.
 */
public final class StoryGrouper {
    /** How many of its heaviest words a story's centroid keeps. */
    public static final int CENTROID_TERMS = 120;
    /** How many of an article's heaviest words find candidate stories. */
    private static final int TERMS_INDEXED = 12;
    private final StoryRules rules;

    public StoryGrouper() {
        this(StoryRules.DEFAULT);
    }

    public StoryGrouper(StoryRules rules) {
        this.rules = rules;
    }

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
        Map<String, List<Growing>> storiesByTerm = new HashMap<>();
        for (StoryInput a : articles) {
            Growing target = a.original() == null ? null : storyOfArticle.get(a.original());
            String why = target == null ? null : "copy of " + a.original();
            if (target == null) {
                Likeness best = null;
                Set<Growing> candidates = new LinkedHashSet<>();
                for (String e : a.entities().keySet()) {
                    candidates.addAll(storiesByEntity.getOrDefault(e, List.of()));
                }
                for (String t : indexedTerms(a.terms())) {
                    candidates.addAll(storiesByTerm.getOrDefault(t, List.of()));
                }
                for (Growing s : candidates) {
                    if (s.daysOutside(a.published()) > rules.windowDays()) {
                        continue;
                    }
                    Likeness likeness = s.likeness(a, rules);
                    if (likeness.joins() && (best == null || likeness.score() > best.score())) {
                        best = likeness;
                        target = s;
                    }
                }
                if (target != null) {
                    why = best.explain(target, a, idf, names);
                }
            }
            if (target == null) {
                target = new Growing("s" + a.articleId(), idf);
                stories.add(target);
            }
            target.add(a, why);
            storyOfArticle.put(a.articleId(), target);
            for (String e : a.entities().keySet()) {
                addOnce(storiesByEntity.computeIfAbsent(e, k -> new ArrayList<>()), target);
            }
            for (String t : indexedTerms(a.terms())) {
                addOnce(storiesByTerm.computeIfAbsent(t, k -> new ArrayList<>()), target);
            }
        }
        return stories.stream().map(Growing::toStory).toList();
    }

    private static List<String> indexedTerms(TermVector terms) {
        return terms.weights().keySet().stream().limit(TERMS_INDEXED).toList();
    }

    private static void addOnce(List<Growing> list, Growing story) {
        if (list.isEmpty() || list.get(list.size() - 1) != story && !list.contains(story)) {
            list.add(story);
        }
    }

    /**
     * How much an article is like a story, and whether that is enough to join it.
     *
     * @param raise what the distance in time (or a missing date) adds to every bar
     */
    private record Likeness(double entities, int sharedEntities, double text, boolean hasText, double raise,
                            StoryRules rules) {
        double score() {
            return hasText ? rules.textWeight() * text + (1 - rules.textWeight()) * entities : entities;
        }

        boolean joins() {
            boolean byEntities = sharedEntities >= rules.minShared() && entities >= rules.minEntities() + raise;
            boolean byText = hasText && text >= rules.minText() + raise;
            return byEntities || byText;
        }

        String explain(Growing story, StoryInput a, Map<String, Double> idf, Map<String, String> names) {
            List<String> shared = story.shared(a.entities().keySet(), idf).stream()
                    .map(e -> names.getOrDefault(e, e)).toList();
            String when = raise == 0 ? "" : String.format(Locale.ROOT, "; bars raised %.2f for the dates", raise);
            if (!hasText) {
                return String.format(Locale.ROOT, "shares %s (score %.2f%s)", shared, score(), when);
            }
            return String.format(Locale.ROOT, "shares %s (entities %.2f) and words %s (text %.2f): score %.2f%s",
                    shared, entities, a.terms().strongestShared(story.centroid, 6), text, score(), when);
        }
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
        /** The sum of its articles' word vectors, cut to the heaviest words after each article. */
        Map<String, Double> termSums = new HashMap<>();
        TermVector centroid = TermVector.EMPTY;
        int textArticles;

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
            if (!a.terms().isEmpty()) {
                textArticles++;
                a.terms().weights().forEach((t, w) -> termSums.merge(t, w, Double::sum));
                centroid = TermVector.top(termSums, CENTROID_TERMS);
                termSums = new HashMap<>(centroid.weights().size());
                for (Map.Entry<String, Double> e : centroid.weights().entrySet()) {
                    // back at the scale of a sum of that many articles, so the next weighs as one of them
                    termSums.put(e.getKey(), e.getValue() * textArticles);
                }
            }
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

        /** Days the given day lies outside the story's dates (0 inside them or when either has no date). */
        long daysOutside(LocalDate day) {
            if (day == null || start == null) {
                return 0;
            }
            return Math.max(0, Math.max(ChronoUnit.DAYS.between(end, day), ChronoUnit.DAYS.between(day, start)));
        }

        Likeness likeness(StoryInput a, StoryRules rules) {
            boolean hasText = !a.terms().isEmpty() && !centroid.isEmpty();
            double raise = a.published() == null || start == null ? rules.undatedExtra()
                    : rules.dayCost() * Math.max(0, daysOutside(a.published()) - rules.freeDays());
            return new Likeness(overlap(a.entities().keySet()), sharedCount(a.entities().keySet()),
                    hasText ? a.terms().cosine(centroid) : 0, hasText, raise, rules);
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
