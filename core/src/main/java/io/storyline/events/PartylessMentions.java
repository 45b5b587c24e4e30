package io.storyline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A mention that names no party ("the meeting", "the talks", "the proposal") refers back, as a definite noun does,
 * to an event its own article tells. Such mentions of one type in one article are one event, and that event is the
 * article's other event of the type when the article tells exactly one; with several, which one is meant cannot be
 * told, and the mentions stay an event of their own rather than be attached to a guess.
 */
final class PartylessMentions {
    private PartylessMentions() {
    }

    static boolean partyless(EventMention m) {
        return m.actors().isEmpty() && m.targets().isEmpty() && m.actorNames().isEmpty() && m.targetNames().isEmpty();
    }

    /** Whether a mention without parties tells the same event as one of its article's mentions of the same type. */
    static boolean sameArticleEvent(EventMention m, EventMention other) {
        return m.article().equals(other.article()) && m.type().equals(other.type())
                && (m.mode() == null || other.mode() == null || Objects.equals(m.mode(), other.mode()));
    }

    /** The cluster of {@code m}'s article's partyless mentions it belongs to, if one is already open. */
    static List<EventMention> homeOf(EventMention m, List<List<EventMention>> clusters) {
        return clusters.stream()
                .filter(c -> c.stream().allMatch(PartylessMentions::partyless))
                .filter(c -> c.stream().allMatch(other -> sameArticleEvent(m, other) && !EventMerger.contradicts(m, other)))
                .findFirst().orElse(null);
    }

    /** Folds each cluster of partyless mentions into the one other cluster of its article and type, where there is one. */
    static void foldIntoTheirArticlesEvent(List<List<EventMention>> clusters) {
        for (List<EventMention> partyless : new ArrayList<>(clusters)) {
            if (!partyless.stream().allMatch(PartylessMentions::partyless)) {
                continue;
            }
            List<List<EventMention>> told = clusters.stream()
                    .filter(c -> c != partyless && !c.stream().allMatch(PartylessMentions::partyless))
                    .filter(c -> c.stream().anyMatch(other -> sameArticleEvent(partyless.get(0), other)))
                    .filter(c -> c.stream().noneMatch(other -> partyless.stream().anyMatch(m -> EventMerger.contradicts(m, other))))
                    .toList();
            if (told.size() == 1) {
                told.get(0).addAll(partyless);
                clusters.remove(partyless);
            }
        }
    }
}
