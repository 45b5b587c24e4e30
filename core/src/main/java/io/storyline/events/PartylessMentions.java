package io.storyline.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A mention that names no party ("the meeting", "the talks", "the proposal") refers back, as a definite noun does,
 * to an event its own article tells. Such mentions of one type in one article are one event, and that event is the
 * article's other event of the type when the article tells exactly one; with several, which one is meant cannot be
 * told, and the mentions stay an event of their own rather than be attached to a guess. One instance serves one
 * merge; its clusters are kept by article, since the merge runs over the whole corpus.
 */
final class PartylessMentions {
    private final Map<String, List<List<EventMention>>> openedByArticle = new HashMap<>();
    private final List<List<EventMention>> opened = new ArrayList<>();

    static boolean partyless(EventMention m) {
        return m.actors().isEmpty() && m.targets().isEmpty() && m.actorNames().isEmpty() && m.targetNames().isEmpty();
    }

    /** Whether a mention without parties tells the same event as one of its article's mentions of the same type. */
    static boolean sameArticleEvent(EventMention m, EventMention other) {
        return m.article().equals(other.article()) && m.type().equals(other.type())
                && (m.mode() == null || other.mode() == null || Objects.equals(m.mode(), other.mode()));
    }

    /**
     * Adds a partyless mention to its article's cluster of partyless mentions it fits, and returns null; or opens a
     * cluster for it and returns that, for the merge to keep.
     */
    List<EventMention> add(EventMention m) {
        List<List<EventMention>> ofArticle = openedByArticle.computeIfAbsent(m.article(), a -> new ArrayList<>());
        for (List<EventMention> cluster : ofArticle) {
            if (cluster.stream().allMatch(other -> sameArticleEvent(m, other) && !EventMerger.contradicts(m, other))) {
                cluster.add(m);
                return null;
            }
        }
        List<EventMention> cluster = new ArrayList<>(List.of(m));
        ofArticle.add(cluster);
        opened.add(cluster);
        return cluster;
    }

    /**
     * Folds each cluster this instance opened into the one other cluster of its article and type, where there is
     * one, and takes the folded ones out of {@code clusters}.
     */
    void foldIntoTheirArticlesEvent(List<List<EventMention>> clusters) {
        Set<List<EventMention>> partylessOnly = Collections.newSetFromMap(new IdentityHashMap<>());
        partylessOnly.addAll(opened);
        Map<String, List<List<EventMention>>> toldByArticle = new HashMap<>();
        for (List<EventMention> cluster : clusters) {
            if (!partylessOnly.contains(cluster)) {
                cluster.stream().map(EventMention::article).distinct()
                        .forEach(article -> toldByArticle.computeIfAbsent(article, a -> new ArrayList<>()).add(cluster));
            }
        }
        Set<List<EventMention>> folded = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<EventMention> partyless : opened) {
            List<List<EventMention>> told = toldByArticle.getOrDefault(partyless.get(0).article(), List.of()).stream()
                    .filter(c -> c.stream().anyMatch(other -> sameArticleEvent(partyless.get(0), other)))
                    .filter(c -> c.stream().noneMatch(other -> partyless.stream().anyMatch(m -> EventMerger.contradicts(m, other))))
                    .toList();
            if (told.size() == 1) {
                told.get(0).addAll(partyless);
                folded.add(partyless);
            }
        }
        clusters.removeIf(folded::contains);
    }
}
