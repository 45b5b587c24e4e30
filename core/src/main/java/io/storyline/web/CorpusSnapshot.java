package io.storyline.web;

import io.storyline.clean.CleanArticle;
import io.storyline.events.Event;
import io.storyline.events.EventEvidence;
import io.storyline.query.EntityLookup;
import io.storyline.query.DisplayTitle;
import io.storyline.resolve.entity.Entity;
import io.storyline.resolve.story.Story;
import io.storyline.store.Corpus;
import io.storyline.store.StoredArticle;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The small, often-read part of the corpus held in memory for the server: article summaries in order of arrival
 * every entity with its names, the stories and the events. Immutable; {@link Snapshots} swaps in a new one when the store has changed.
 */
final class CorpusSnapshot {
    private static final int PAGE = 500;
    final long version;
    final List<ArticleSummary> articles;
    final Map<String, ArticleSummary> articleById;
    final List<Entity> entities;
    final Map<String, Entity> entityById;
    /** Names, aliases and surnames to entities, as every command looks them up. */
    final EntityLookup lookup;
    /** For each article id, the ids of the entities it mentions. */
    final Map<String, List<String>> entitiesByArticle;
    final List<Story> stories;
    final Map<String, Story> storyById;
    /** Every event in time order (undated last), and for each entity id the events it takes part in. */
    final List<Event> events;
    final Map<String, List<Event>> eventsByEntity;
    /** For each article id, the types of the events it is evidence of. */
    final Map<String, java.util.Set<String>> eventTypesByArticle;

    private CorpusSnapshot(long version, List<ArticleSummary> articles, List<Entity> entities, List<Story> stories,
                           List<Event> events) {
        this.version = version;
        this.articles = List.copyOf(articles);
        Map<String, ArticleSummary> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        this.articleById = Collections.unmodifiableMap(byId);
        this.entities = List.copyOf(entities);
        Map<String, Entity> ids = new HashMap<>();
        for (Entity e : entities) {
            ids.put(e.id(), e);
        }
        this.entityById = Collections.unmodifiableMap(ids);
        this.lookup = new EntityLookup(entities);
        Map<String, List<String>> byArticle = new HashMap<>();
        for (Entity e : entities) {
            for (String article : e.articles()) {
                byArticle.computeIfAbsent(article, k -> new ArrayList<>()).add(e.id());
            }
        }
        this.entitiesByArticle = Collections.unmodifiableMap(byArticle);
        this.stories = List.copyOf(stories);
        Map<String, Story> storyIds = new HashMap<>();
        stories.forEach(story -> storyIds.put(story.id(), story));
        this.storyById = Collections.unmodifiableMap(storyIds);
        this.events = List.copyOf(events);
        Map<String, List<Event>> byEntity = new HashMap<>();
        Map<String, java.util.Set<String>> typesByArticle = new HashMap<>();
        for (Event event : events) {
            java.util.Set<String> taking = new java.util.LinkedHashSet<>(event.actors());
            taking.addAll(event.targets());
            if (event.place() != null) {
                taking.add(event.place());
            }
            taking.forEach(id -> byEntity.computeIfAbsent(id, k -> new ArrayList<>()).add(event));
            for (EventEvidence evidence : event.evidence()) {
                typesByArticle.computeIfAbsent(evidence.article(), k -> new java.util.TreeSet<>()).add(event.type());
            }
        }
        this.eventsByEntity = Collections.unmodifiableMap(byEntity);
        this.eventTypesByArticle = Collections.unmodifiableMap(typesByArticle);
    }

    static CorpusSnapshot load(Corpus corpus, long version) throws SQLException {
        List<ArticleSummary> articles = new ArrayList<>();
        long after = 0;
        List<StoredArticle> page;
        while (!(page = corpus.store().articlesAfter(after, PAGE)).isEmpty()) {
            for (StoredArticle stored : page) {
                CleanArticle a = stored.article();
                articles.add(new ArticleSummary(a.id(), a.title(), DisplayTitle.of(a.title(), a.text()), a.outlet(),
                        a.published() == null ? null : a.published().value(), a.path()));
            }
            after = page.get(page.size() - 1).seq();
        }
        List<Entity> entities = corpus.store().entities().list(null, null, Integer.MAX_VALUE, 0);
        return new CorpusSnapshot(version, articles, entities, corpus.store().stories().list(Integer.MAX_VALUE, 0),
                corpus.store().events().list(null, null, null, null));
    }

    /**
     * The one entity an id, a name, an alias or a surname (any case) names; a name that fits several is a 400
     * listing them, one that fits none is {@code missing}.
     */
    Entity entity(String idOrName, java.util.function.Function<String, Problem> missing) {
        EntityLookup.Match match = lookup.find(idOrName);
        if (match.ambiguous()) {
            throw Problem.badRequest(match.problem());
        }
        if (!match.found()) {
            throw missing.apply(match.problem());
        }
        return match.entity();
    }

    /** Entities of a type whose name or an alias contains {@code fragment} (any case); nulls match all. */
    List<Entity> entities(String type, String fragment) {
        String wanted = fragment == null || fragment.isBlank() ? null : key(fragment);
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            if (type != null && !type.equalsIgnoreCase(e.type())) {
                continue;
            }
            if (wanted != null && !key(e.name()).contains(wanted)
                    && e.aliases().stream().noneMatch(a -> key(a).contains(wanted))) {
                continue;
            }
            out.add(e);
        }
        return out;
    }

    /** Summaries of the given article ids that are in the store, in the order given. */
    List<ArticleSummary> summaries(List<String> ids) {
        List<ArticleSummary> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            ArticleSummary s = articleById.get(id);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).strip();
    }
}
