package io.storyline.web;

import io.javalin.http.Context;
import io.storyline.events.Event;
import io.storyline.events.EventEvidence;
import io.storyline.correct.EntityCorrections;
import io.storyline.nlp.EntityType;
import io.storyline.query.ArticleQueries;
import io.storyline.query.ArticleView;
import io.storyline.query.NewEvents;
import io.storyline.query.StoryQueries;
import io.storyline.query.StorySummarizer;
import io.storyline.query.Timeline;
import io.storyline.resolve.entity.Entity;
import io.storyline.resolve.story.Story;
import io.storyline.store.Corpus;
import io.storyline.store.SearchHit;
import io.storyline.store.SearchRequest;
import io.storyline.store.WriterLock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The API's answers: each handler reads its parameters, asks the query layer, and writes JSON. */
final class ApiHandlers {
    static final int MAX_LIMIT = 100;
    private static final int GRAPH_NEIGHBOURS = 25;
    private final Corpus corpus;
    private final Snapshots snapshots;
    private final boolean allowEdits;
    private final boolean editTokenRequired;

    ApiHandlers(Corpus corpus, Snapshots snapshots, boolean allowEdits) {
        this(corpus, snapshots, allowEdits, false);
    }

    ApiHandlers(Corpus corpus, Snapshots snapshots, boolean allowEdits, boolean editTokenRequired) {
        this.corpus = corpus;
        this.snapshots = snapshots;
        this.allowEdits = allowEdits;
        this.editTokenRequired = editTokenRequired;
    }

    void articles(Context ctx) throws Exception {
        QueryParams p = new QueryParams(ctx);
        int limit = p.integer("limit", 20, 1, MAX_LIMIT);
        int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
        CorpusSnapshot snapshot = snapshots.current();
        Listing<ArticleSummary> page = Listing.page(snapshot.articles, limit, offset);
        ArticleQueries queries = new ArticleQueries(corpus);
        List<ArticleView> items = new ArrayList<>();
        for (ArticleSummary s : page.items()) {
            queries.show(s.id(), false).ifPresent(items::add);
        }
        ctx.json(new Listing<>(items, page.total()));
    }

    void article(Context ctx) throws Exception {
        QueryParams p = new QueryParams(ctx);
        String id = p.path("id");
        ArticleView view = new ArticleQueries(corpus).show(id, p.flag("removed"))
                .orElseThrow(() -> Problem.notFound("no article with id '" + id + "'"));
        ctx.json(view);
    }

    void search(Context ctx) throws Exception {
        QueryParams p = new QueryParams(ctx);
        String q = p.required("q");
        int limit = p.integer("limit", 20, 1, MAX_LIMIT);
        String outlet = p.text("outlet");
        String entityFilter = p.text("entity");
        String eventType = p.text("event_type");
        CorpusSnapshot snapshot = snapshots.current();
        Set<String> entityArticles = null;
        if (entityFilter != null && !entityFilter.isBlank()) {
            Entity entity = snapshot.entity(entityFilter, Problem::badRequest);
            entityArticles = new HashSet<>(entity.articles());
        }
        boolean byEventType = eventType != null && !eventType.isBlank();
        // entity and event-type filters apply after ranking, so they look further down the ranking
        int asked = entityArticles == null && !byEventType ? limit : MAX_LIMIT * 2;
        List<SearchHit> hits;
        try {
            hits = corpus.search(new SearchRequest(q, asked, p.day("from", false),
                    p.day("to", true), outlet == null || outlet.isBlank() ? null : outlet));
        } catch (IllegalArgumentException | org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            // a query that is only an operator ("AND") or expands past Lucene's clause limit is the asker's to fix
            throw Problem.badRequest("cannot search for this query: " + e.getMessage());
        }
        List<SearchItem> items = new ArrayList<>();
        for (SearchHit hit : hits) {
            ArticleSummary a = snapshot.articleById.get(hit.id());
            if (a == null || (entityArticles != null && !entityArticles.contains(a.id()))
                    || (byEventType && !snapshot.eventTypesByArticle.getOrDefault(a.id(), Set.of())
                    .contains(eventType.toUpperCase(Locale.ROOT)))) {
                continue; // the index is derived; a hit the store lacks is stale and not an answer
            }
            items.add(new SearchItem(a.id(), hit.score(), a.title(), a.displayTitle(), a.outlet(), a.published(), hit.snippet(),
                    SnippetParts.of(hit.snippet()), a.path()));
            if (items.size() == limit) {
                break;
            }
        }
        ctx.json(new SearchView(items, items.size(), facets(items, snapshot)));
    }

    /** Counts over the results, for the page's filters: outlets, publication years, most frequent entities. */
    private static Map<String, Map<String, Integer>> facets(List<SearchItem> items, CorpusSnapshot snapshot) {
        Map<String, Integer> outlets = new TreeMap<>();
        Map<String, Integer> years = new TreeMap<>();
        Map<String, Integer> eventTypes = new TreeMap<>();
        Set<String> ids = new HashSet<>();
        for (SearchItem item : items) {
            if (item.outlet() != null) {
                outlets.merge(item.outlet(), 1, Integer::sum);
            }
            if (item.published() != null && item.published().length() >= 4) {
                years.merge(item.published().substring(0, 4), 1, Integer::sum);
            }
            ids.add(item.id());
            snapshot.eventTypesByArticle.getOrDefault(item.id(), Set.of()).forEach(t -> eventTypes.merge(t, 1, Integer::sum));
        }
        Map<String, Integer> entityCounts = new HashMap<>();
        for (String id : ids) {
            for (String entity : snapshot.entitiesByArticle.getOrDefault(id, List.of())) {
                entityCounts.merge(entity, 1, Integer::sum);
            }
        }
        Map<String, Integer> topEntities = new LinkedHashMap<>();
        entityCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(12).forEach(e -> topEntities.put(e.getKey(), e.getValue()));
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        facets.put("outlet", outlets);
        facets.put("year", years);
        facets.put("entity", topEntities);
        facets.put("event_type", eventTypes);
        return facets;
    }

    record SearchView(List<SearchItem> items, long total, Map<String, Map<String, Integer>> facets) {
    }

    void entities(Context ctx) throws Exception {
        QueryParams p = new QueryParams(ctx);
        String type = p.text("type");
        if (type != null && !type.isBlank() && EntityType.ofLabel(type).isEmpty()) {
            throw Problem.badRequest("type must be PERSON, ORGANIZATION, LOCATION or MISC");
        }
        List<Entity> all = snapshots.current().entities(type == null || type.isBlank() ? null : type, p.text("q"));
        ctx.json(Listing.page(all, p.integer("limit", 50, 1, MAX_LIMIT), p.integer("offset", 0, 0, Integer.MAX_VALUE)));
    }

    void entity(Context ctx) throws Exception {
        String id = new QueryParams(ctx).path("id");
        CorpusSnapshot snapshot = snapshots.current();
        Entity e = snapshot.entity(id, Problem::notFound);
        List<ArticleSummary> articles = new ArrayList<>(snapshot.summaries(e.articles()));
        articles.sort(Comparator.comparing(ArticleSummary::published, Comparator.nullsLast(Comparator.naturalOrder())));
        ctx.json(new EntityView(e.id(), e.name(), e.type(), e.aliases(), e.titles(), e.articles(), e.mentions(),
                e.merges(), e.references(), articles));
    }

    record EntityView(String id, String name, String type, List<String> aliases, List<String> titles,
                      List<String> articles, int mentions, List<io.storyline.resolve.entity.MergeReason> merges,
                      List<Entity.Reference> references, List<ArticleSummary> articleList) {
    }

    void timeline(Context ctx) throws Exception {
        String name = new QueryParams(ctx).required("name");
        CorpusSnapshot snapshot = snapshots.current();
        Story story = snapshot.storyById.get(name);
        Timeline.Subject subject;
        List<String> articles;
        List<Event> events;
        if (story != null) {
            subject = new Timeline.Subject(Timeline.SubjectKind.STORY, story.id(), story.title() == null ? story.id() : story.title(), null);
            articles = story.articles();
            Set<String> inStory = new HashSet<>(articles);
            events = snapshot.events.stream()
                    .filter(ev -> ev.evidence().stream().anyMatch(x -> inStory.contains(x.article()))).toList();
        } else {
            Entity e = snapshot.entity(name, why -> Problem.notFound(why + " and no story with that id"));
            subject = new Timeline.Subject(Timeline.SubjectKind.ENTITY, e.id(), e.name(), e.type());
            articles = e.articles();
            events = snapshot.eventsByEntity.getOrDefault(e.id(), List.of());
        }
        List<Timeline.ArticleEntry> entries = new ArrayList<>();
        for (ArticleSummary a : snapshot.summaries(articles)) {
            entries.add(new Timeline.ArticleEntry(a.id(), a.published(), a.displayTitle(),
                    new Timeline.Source(a.id(), a.outlet(), null, null, null)));
        }
        Timeline timeline = Timeline.of(subject, events, entries);
        ctx.json(new TimelineView(timeline.subject(), timeline.items(), timeline.items().size()));
    }

    record TimelineView(Timeline.Subject subject, List<Timeline.Item> items, long total) {
    }

    /** The entities most often named in the same articles as this one; edge weight = shared articles. */
    void graph(Context ctx) throws Exception {
        String id = new QueryParams(ctx).required("entity");
        CorpusSnapshot snapshot = snapshots.current();
        Entity center = snapshot.entity(id, Problem::notFound);
        Map<String, Integer> shared = new HashMap<>();
        List<Event> centerEvents = snapshot.eventsByEntity.getOrDefault(center.id(), List.of());
        for (Event ev : centerEvents) {
            Set<String> others = new HashSet<>(ev.actors());
            others.addAll(ev.targets());
            others.remove(center.id());
            others.forEach(other -> shared.merge(other, 1, Integer::sum));
        }
        String weight = shared.isEmpty() ? "articles" : "events";
        for (String article : shared.isEmpty() ? center.articles() : List.<String>of()) {
            for (String other : snapshot.entitiesByArticle.getOrDefault(article, List.of())) {
                if (!other.equals(center.id())) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        List<GraphView.Node> nodes = new ArrayList<>();
        List<GraphView.Edge> edges = new ArrayList<>();
        nodes.add(node(center));
        shared.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(GRAPH_NEIGHBOURS).forEach(entry -> {
                    Entity other = snapshot.entityById.get(entry.getKey());
                    if (other == null) {
                        return;
                    }
                    nodes.add(node(other));
                    edges.add(new GraphView.Edge(center.id(), entry.getKey(), entry.getValue()));
                });
        ctx.json(new GraphView(nodes, edges, weight));
    }

    private static GraphView.Node node(Entity e) {
        return new GraphView.Node(e.id(), e.name(), e.type(), e.mentions());
    }

    void events(Context ctx) throws Exception {
        QueryParams p = new QueryParams(ctx);
        p.day("from", false); // validates; events compare as ISO prefixes, as the store does
        p.day("to", true);
        String from = blankToNull(p.text("from"));
        String to = blankToNull(p.text("to"));
        String type = blankToNull(p.text("type"));
        String entityName = blankToNull(p.text("entity"));
        CorpusSnapshot snapshot = snapshots.current();
        List<Event> candidates = snapshot.events;
        if (entityName != null) {
            Entity entity = snapshot.entity(entityName, Problem::badRequest);
            candidates = snapshot.eventsByEntity.getOrDefault(entity.id(), List.of());
        }
        List<Event> matching = new ArrayList<>();
        for (Event ev : candidates) {
            if (type != null && !type.equalsIgnoreCase(ev.type())) {
                continue;
            }
            String last = ev.end() != null ? ev.end() : ev.start();
            if (from != null && (last == null || last.compareTo(from.strip()) < 0)) {
                continue;
            }
            if (to != null && (ev.start() == null || ev.start().compareTo(to.strip() + "\uffff") > 0)) {
                continue;
            }
            matching.add(ev);
        }
        ctx.json(Listing.page(matching, p.integer("limit", 50, 1, MAX_LIMIT), p.integer("offset", 0, 0, Integer.MAX_VALUE)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    void stories(Context ctx) throws Exception {
        QueryParams p = new QueryParams(ctx);
        ctx.json(Listing.page(snapshots.current().stories, p.integer("limit", 20, 1, MAX_LIMIT),
                p.integer("offset", 0, 0, Integer.MAX_VALUE)));
    }

    void story(Context ctx) throws Exception {
        String id = new QueryParams(ctx).path("id");
        CorpusSnapshot snapshot = snapshots.current();
        Story s = snapshot.storyById.get(id);
        if (s == null) {
            throw Problem.notFound("no story '" + id + "'");
        }
        List<GraphView.Node> entities = new ArrayList<>();
        for (String entityId : s.entities()) {
            Entity e = snapshot.entityById.get(entityId);
            if (e != null) {
                entities.add(node(e));
            }
        }
        List<ArticleSummary> articles = snapshot.summaries(s.articles());
        Map<String, Integer> outlets = new LinkedHashMap<>();
        for (ArticleSummary a : articles) {
            outlets.merge(a.outlet() == null ? "unknown" : a.outlet(), 1, Integer::sum);
        }
        List<StorySource> sources = outlets.entrySet().stream()
                .map(e -> new StorySource(e.getKey(), e.getValue())).toList();
        Set<String> inStory = new HashSet<>(s.articles());
        List<StoryEvent> events = snapshot.events.stream()
                .filter(ev -> ev.evidence().stream().anyMatch(evidence -> inStory.contains(evidence.article())))
                .map(ev -> new StoryEvent(ev.id(), ev.type(), ev.summary(), ev.start())).toList();
        ctx.json(new StoryView(s.id(), s.title(), s.articles(), s.start(), s.end(), s.entities(), s.why(),
                articles, entities, sources, events, new StoryQueries(corpus).summary(s, SUMMARY_SENTENCES)));
    }

    /** Sentences in a story's summary: a paragraph a reader takes in at a glance. */
    private static final int SUMMARY_SENTENCES = 3;

    record StoryView(String id, String title, List<String> articles, String start, String end, List<String> entities,
                     List<String> why, List<ArticleSummary> articleList, List<GraphView.Node> entityList,
                     List<StorySource> sources, List<StoryEvent> events,
                     List<StorySummarizer.SummarySentence> summary) {
    }

    /** An outlet that tells the story, with how many of its articles. */
    record StorySource(String outlet, int articles) {
    }

    /** An event a story's articles are evidence of. */
    record StoryEvent(String id, String type, String summary, String start) {
    }

    /** What this server lets a client do, so the page shows correction forms only where they would work. */
    /** What arrived since a moment the page remembers: the articles stored after it and the events they report. */
    void arrivals(Context ctx) throws Exception {
        QueryParams p = new QueryParams(ctx);
        Instant since = p.instant("since");
        List<String> ids = corpus.store().pagesIngestedAfter(since);
        CorpusSnapshot snapshot = snapshots.current();
        List<ArticleSummary> articles = snapshot.summaries(ids.subList(0, Math.min(ids.size(), MAX_LIMIT)));
        List<Event> events = new ArrayList<>(new NewEvents(corpus.store()).reportedIn(new HashSet<>(ids), List.of()).keySet());
        ctx.json(new Arrivals(since.toString(), ids.size(), articles, events.size(), events));
    }

    /** The answer of {@link #arrivals}: at most {@link #MAX_LIMIT} articles listed, all counted. */
    record Arrivals(String since, int articleCount, List<ArticleSummary> articles, int eventCount, List<Event> events) {
    }

    void capabilities(Context ctx) {
        ctx.json(new Capabilities(allowEdits, allowEdits && editTokenRequired));
    }

    record Capabilities(boolean allowEdits, boolean editTokenRequired) {
    }

    void merge(Context ctx) throws Exception {
        EditRequest body = edit(ctx);
        String left = require(body.left(), "left");
        String right = require(body.right(), "right");
        correct(ctx, () -> EntityCorrections.merge(corpus, left, right));
    }

    void split(Context ctx) throws Exception {
        EditRequest body = edit(ctx);
        String entity = require(body.entity(), "entity");
        String name = require(body.name(), "name");
        correct(ctx, () -> EntityCorrections.split(corpus, entity, name));
    }

    /** Every correction made, oldest first, with its id and whether the entities show it now. */
    void corrections(Context ctx) throws Exception {
        List<EntityCorrections.Listed> all;
        synchronized (this) {
            all = EntityCorrections.list(corpus);
        }
        ctx.json(new Listing<>(all, all.size()));
    }

    void undo(Context ctx) throws Exception {
        allowEdits();
        String id = new QueryParams(ctx).path("id");
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw Problem.badRequest("a correction id is a number, not '" + id + "'");
        }
        correct(ctx, () -> EntityCorrections.undo(corpus, number));
    }

    /** A merge names {@code left} and {@code right}; a split names {@code entity} and the {@code name} to part. */
    record EditRequest(String left, String right, String entity, String name) {
    }

    private void allowEdits() {
        if (!allowEdits) {
            throw new Problem(403, "Forbidden", "this server is read-only; start it with --allow-edits to correct entities");
        }
    }

    private EditRequest edit(Context ctx) {
        allowEdits();
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new Problem(415, "Unsupported Media Type", "send the correction as application/json");
        }
        return RequestBody.json(ctx, EditRequest.class);
    }

    private static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw Problem.badRequest("field '" + field + "' is required");
        }
        return QueryParams.checked(field, value);
    }

    /** A correction to run; {@link EntityCorrections.Refused} is the user's mistake, not the server's. */
    private interface Edit {
        EntityCorrections.Outcome run() throws Exception;
    }

    private void correct(Context ctx, Edit edit) throws Exception {
        EntityCorrections.Outcome outcome;
        synchronized (this) {
            // one writer per data folder: an ingest or a CLI correction at work means "later", never a mixed state
            var lock = WriterLock.tryAcquire(corpus.folder(), "serve correction");
            if (lock.isEmpty()) {
                ctx.header("Retry-After", "30");
                throw new Problem(503, "Service Unavailable", "the data folder is being written by "
                        + WriterLock.holder(corpus.folder()) + "; try the correction again when it is done");
            }
            try (WriterLock held = lock.get()) {
                outcome = edit.run();
            } catch (EntityCorrections.Refused refused) {
                throw refused.noSuchCorrection() ? Problem.notFound(refused.getMessage())
                        : Problem.badRequest(refused.getMessage());
            } finally {
                corpus.releaseIndexWriter();
                snapshots.edited();
            }
        }
        ctx.status(200).json(new EditResult(outcome.changed(),
                outcome.correction() == null ? null : outcome.correction().id(), outcome.message(), outcome.entities()));
    }

    /** What a correction did: whether anything changed, the id it is kept under, and the entities now. */
    record EditResult(boolean changed, Long correction, String message, List<Entity> entities) {
    }
}
