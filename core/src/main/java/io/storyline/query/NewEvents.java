package io.storyline.query;

import io.storyline.events.Event;
import io.storyline.events.EventEvidence;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The events a batch of new articles brought: those with evidence in an article stored after a given point, and
 * involving (as actor, target or place) one of the watched entities, or any entity when none is watched. An
 * event that was known before and gained a new source counts too: the user is told of the new report.
 */
public final class NewEvents {
    private final Store store;

    public NewEvents(Store store) {
        this.store = store;
    }

    /** Articles stored after {@code afterSeq}, by id. */
    public Set<String> articlesAfter(long afterSeq) throws SQLException {
        Set<String> ids = new HashSet<>();
        List<StoredArticle> page;
        for (long after = afterSeq; !(page = store.articlesAfter(after, 1000)).isEmpty(); ) {
            page.forEach(stored -> ids.add(stored.article().id()));
            after = page.get(page.size() - 1).seq();
        }
        return ids;
    }

    /** Each new event with the watched entities it involves (empty when nothing is watched). */
    public Map<Event, List<String>> since(long afterSeq, List<String> watchedEntityIds) throws SQLException {
        return reportedIn(articlesAfter(afterSeq), watchedEntityIds);
    }

    /** The events with evidence in one of {@code fresh} (article ids), each with the watched entities it involves. */
    public Map<Event, List<String>> reportedIn(Set<String> fresh, List<String> watchedEntityIds) throws SQLException {
        Map<Event, List<String>> found = new LinkedHashMap<>();
        if (fresh.isEmpty()) {
            return found;
        }
        for (Event event : store.events().list(null, null, null, null)) {
            if (event.evidence().stream().map(EventEvidence::article).noneMatch(fresh::contains)) {
                continue;
            }
            List<String> involved = new ArrayList<>();
            for (String watched : watchedEntityIds) {
                if (event.actors().contains(watched) || event.targets().contains(watched)
                        || watched.equals(event.place())) {
                    involved.add(watched);
                }
            }
            if (watchedEntityIds.isEmpty() || !involved.isEmpty()) {
                found.put(event, involved);
            }
        }
        return found;
    }
}
