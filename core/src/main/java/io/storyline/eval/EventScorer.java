package io.storyline.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Matches system event mentions to judged gold events and scores them.
 *
 * <p>Matching, article by article:
 * <ol>
 *   <li>A gold event is located in the article's stored text by its sentence ({@link SentenceSpans}: white space,
 *       quotes, dashes and case do not count). A system mention (one evidence sentence of one system event) is a
 *       candidate for a gold event of the same article when their sentences overlap by at least half of the shorter
 *       one; when the gold sentence cannot be found in the stored text, when at least half of the shorter one's
 *       words are shared.</li>
 *   <li>Candidates are paired one to one, best first: the same PLOVER category (legacy names folded, see
 *       {@link PloverCategory}), then a shared trigger word (four-letter prefix: "met" does not match "meet", "meeting"
 *       matches "meets"), then the larger overlap.</li>
 *   <li>Negated gold events take no part in recall; they are never paired, so a system mention on one counts
 *       against precision.</li>
 * </ol>
 * Scores: {@code headline_event_recall} and {@code all_event_recall} are the shares of (non-negated) gold events
 * paired with a system mention; {@code precision} is the share of system mentions paired with a gold event (the gold
 * lists every event of its articles, so an unpaired mention is a false event); {@code type_accuracy} the share of
 * pairs with the same category; {@code actor_accuracy}, over pairs whose gold event names an actor, the share where
 * a name or alias of a system actor matches a gold actor's name ({@link ActorNameMatch}); {@code cross_source_merge},
 * over gold happenings told in two or more of the scored articles, the share for which one system event has, in
 * every one of those articles, a mention paired with a gold event of that happening.
 */
public final class EventScorer {
    private static final double MIN_OVERLAP = 0.5;

    /** A gold event and the system mention paired with it. */
    public record Pair(GoldEvent gold, SystemMention system) {
    }

    /** What a scoring found: the pairs, and what stayed unpaired on either side. */
    public record Result(List<GoldEvent> gold, List<SystemMention> system, List<Pair> pairs,
                         List<GoldEvent> missedGold, List<SystemMention> unpairedSystem,
                         int happenings, int merged) {

        public Map<String, Object> scores() {
            List<GoldEvent> counted = gold.stream().filter(GoldEvent::counted).toList();
            List<GoldEvent> headline = counted.stream().filter(GoldEvent::headline).toList();
            Set<GoldEvent> found = new HashSet<>();
            pairs.forEach(p -> found.add(p.gold()));
            long headlineFound = headline.stream().filter(found::contains).count();
            long sameType = pairs.stream().filter(EventScorer::sameType).count();
            List<Pair> withActor = pairs.stream().filter(p -> !p.gold().actorNames().isEmpty()).toList();
            long actorRight = withActor.stream()
                    .filter(p -> ActorNameMatch.any(p.system().actorNames(), p.gold().actorNames())).count();

            Map<String, Object> out = new LinkedHashMap<>();
            out.put("gold_events", gold.size());
            out.put("gold_counted", counted.size());
            out.put("gold_headline", headline.size());
            out.put("system_events", system.stream().map(SystemMention::eventId).distinct().count());
            out.put("system_mentions", system.size());
            out.put("matched", pairs.size());
            out.put("matched_same_type", sameType);
            out.put("matched_with_gold_actor", withActor.size());
            out.put("matched_actor_right", actorRight);
            out.put("happenings_multi_article", happenings);
            out.put("happenings_merged", merged);
            out.put("per_type_recall", perTypeRecall(counted, found));
            out.put("headline_event_recall", ratio(headlineFound, headline.size()));
            out.put("all_event_recall", ratio(found.size(), counted.size()));
            out.put("precision", ratio(pairs.size(), system.size()));
            out.put("type_accuracy", ratio(sameType, pairs.size()));
            out.put("actor_accuracy", ratio(actorRight, withActor.size()));
            out.put("cross_source_merge", ratio(merged, happenings));
            return out;
        }

        /** A share rounded to four places; null when there is nothing to share out (not a misleading 0). */
        private static Double ratio(long part, long whole) {
            return whole == 0 ? null : Math.round(10000.0 * part / whole) / 10000.0;
        }

        private static Map<String, String> perTypeRecall(List<GoldEvent> counted, Set<GoldEvent> found) {
            Map<String, int[]> tally = new TreeMap<>();
            for (GoldEvent g : counted) {
                int[] t = tally.computeIfAbsent(g.type().name(), k -> new int[2]);
                t[1]++;
                if (found.contains(g)) {
                    t[0]++;
                }
            }
            Map<String, String> out = new LinkedHashMap<>();
            tally.forEach((type, t) -> out.put(type, t[0] + "/" + t[1]));
            return out;
        }
    }

    private EventScorer() {
    }

    /**
     * Scores {@code system} against {@code gold}; {@code texts} holds the stored text of every gold article that was
     * ingested (an article missing from it keeps all its gold events unpaired).
     */
    public static Result score(List<GoldEvent> gold, List<SystemMention> system, Map<String, String> texts) {
        Map<String, List<GoldEvent>> goldByArticle = new LinkedHashMap<>();
        gold.forEach(g -> goldByArticle.computeIfAbsent(g.article(), k -> new ArrayList<>()).add(g));
        Map<String, List<SystemMention>> systemByArticle = new HashMap<>();
        system.forEach(m -> systemByArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m));

        List<Pair> pairs = new ArrayList<>();
        for (var entry : goldByArticle.entrySet()) {
            String text = texts.get(entry.getKey());
            List<SystemMention> mentions = systemByArticle.getOrDefault(entry.getKey(), List.of());
            if (text != null && !mentions.isEmpty()) {
                pairs.addAll(pairArticle(entry.getValue(), mentions, new SentenceSpans(text)));
            }
        }
        Set<GoldEvent> pairedGold = new HashSet<>();
        Set<SystemMention> pairedSystem = new HashSet<>();
        pairs.forEach(p -> {
            pairedGold.add(p.gold());
            pairedSystem.add(p.system());
        });
        List<GoldEvent> missed = gold.stream().filter(g -> g.counted() && !pairedGold.contains(g)).toList();
        List<SystemMention> unpaired = system.stream().filter(m -> !pairedSystem.contains(m)).toList();

        Map<String, Set<String>> happeningArticles = new TreeMap<>();
        gold.stream().filter(g -> g.happening() != null && g.counted())
                .forEach(g -> happeningArticles.computeIfAbsent(g.happening(), k -> new HashSet<>()).add(g.article()));
        happeningArticles.values().removeIf(articles -> articles.size() < 2);
        int merged = 0;
        for (var happening : happeningArticles.entrySet()) {
            if (mergedByOneEvent(happening.getKey(), happening.getValue(), pairs)) {
                merged++;
            }
        }
        return new Result(List.copyOf(gold), List.copyOf(system), List.copyOf(pairs), missed, unpaired,
                happeningArticles.size(), merged);
    }

    /** Whether the pair's system type is the gold's PLOVER category (legacy names folded). */
    public static boolean sameType(Pair p) {
        Optional<PloverCategory> system = PloverCategory.of(p.system().type());
        return system.isPresent() && system.get() == p.gold().type();
    }

    private static boolean mergedByOneEvent(String happening, Set<String> articles, List<Pair> pairs) {
        Map<String, Set<String>> articlesByEvent = new HashMap<>();
        for (Pair p : pairs) {
            if (happening.equals(p.gold().happening())) {
                articlesByEvent.computeIfAbsent(p.system().eventId(), k -> new HashSet<>()).add(p.gold().article());
            }
        }
        return articlesByEvent.values().stream().anyMatch(a -> a.containsAll(articles));
    }

    private record Candidate(GoldEvent gold, SystemMention system, boolean sameType, boolean sameTrigger,
                             double overlap) {
    }

    private static List<Pair> pairArticle(List<GoldEvent> gold, List<SystemMention> mentions, SentenceSpans spans) {
        List<Candidate> candidates = new ArrayList<>();
        for (GoldEvent g : gold) {
            if (!g.counted()) {
                continue;
            }
            Optional<int[]> span = spans.find(g.sentence());
            for (SystemMention m : mentions) {
                double overlap = span.map(s -> spanOverlap(s, m)).orElseGet(() -> wordOverlap(g.sentence(), m.sentence()));
                if (overlap >= MIN_OVERLAP) {
                    candidates.add(new Candidate(g, m, sameType(new Pair(g, m)), sharesTrigger(g.trigger(), m.trigger()),
                            overlap));
                }
            }
        }
        candidates.sort(Comparator.comparing(Candidate::sameType).thenComparing(Candidate::sameTrigger)
                .thenComparingDouble(Candidate::overlap).reversed());
        Set<GoldEvent> usedGold = new HashSet<>();
        Set<SystemMention> usedSystem = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!usedGold.contains(c.gold()) && !usedSystem.contains(c.system())) {
                usedGold.add(c.gold());
                usedSystem.add(c.system());
                pairs.add(new Pair(c.gold(), c.system()));
            }
        }
        return pairs;
    }

    /** Overlap of the two sentences as a share of the shorter one. */
    private static double spanOverlap(int[] gold, SystemMention m) {
        int shared = Math.min(gold[1], m.end()) - Math.max(gold[0], m.start());
        int shorter = Math.min(gold[1] - gold[0], m.end() - m.start());
        return shared <= 0 || shorter <= 0 ? 0 : (double) shared / shorter;
    }

    private static double wordOverlap(String gold, String system) {
        Set<String> g = ActorNameMatch.words(gold);
        Set<String> s = ActorNameMatch.words(system == null ? "" : system);
        if (g.isEmpty() || s.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(g);
        shared.retainAll(s);
        return (double) shared.size() / Math.min(g.size(), s.size());
    }

    private static boolean sharesTrigger(String gold, String system) {
        if (system == null) {
            return false;
        }
        for (String g : ActorNameMatch.words(gold)) {
            for (String s : ActorNameMatch.words(system)) {
                if (prefix(g).equals(prefix(s))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String prefix(String word) {
        return word.substring(0, Math.min(4, word.length())).toLowerCase(Locale.ROOT);
    }
}
