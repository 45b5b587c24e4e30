package io.storyline.cli;

import io.storyline.events.Event;
import io.storyline.events.EventSource;
import io.storyline.query.EntityLookup;
import io.storyline.resolve.entity.Entity;
import io.storyline.query.DisplayTitle;
import io.storyline.resolve.story.Story;
import io.storyline.store.Corpus;
import io.storyline.store.CopyRecord;
import io.storyline.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code storyline timeline NAME_OR_ID}: an entity's events and the articles that mention it, in time order, each
 * with its sources; or a story's (by id): the events told in its articles, and its articles.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Events and articles of an entity (name, alias or id) or a story (id) in time order, each with its sources."})
public final class TimelineCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;
    @Mixin
    OutputOptions output;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME_OR_ID")
    String name;

    /** One line of a timeline: an event or an article. */
    public record Entry(String date, String kind, String id, String text, List<Map<String, Object>> sources,
                        Event event) {
    }

    @Override
    public Integer call() throws Exception {
        try (Corpus corpus = data.open()) {
            Optional<Story> story = corpus.store().stories().get(name);
            Optional<Entity> entity = Optional.empty();
            if (story.isEmpty()) {
                EntityLookup.Match match = EntityLookup.of(corpus).find(name);
                if (!match.found()) {
                    spec.commandLine().getErr().println("storyline: " + match.problem()
                            + (match.ambiguous() ? "" : " and no story with that id"));
                    return ExitCodes.USAGE;
                }
                entity = Optional.of(match.entity());
            }
            List<Event> events;
            List<String> articles;
            String heading;
            if (story.isPresent()) {
                Set<String> inStory = new HashSet<>(story.get().articles());
                events = corpus.store().events().list(null, null, null, null).stream()
                        .filter(e -> e.evidence().stream().anyMatch(v -> inStory.contains(v.article()))).toList();
                articles = story.get().articles();
                heading = "story " + story.get().id() + ": " + story.get().title();
            } else {
                events = corpus.store().events().list(entity.get().id(), null, null, null);
                articles = entity.get().articles();
                heading = entity.get().name() + " (" + entity.get().id() + ")";
            }
            List<Entry> entries = new ArrayList<>();
            for (Event e : events) {
                List<Map<String, Object>> sources = new ArrayList<>();
                for (EventSource s : e.sources()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("article", s.article());
                    m.put("outlet", s.outlet());
                    m.put("articles", s.articles());
                    sources.add(m);
                }
                entries.add(new Entry(EventsCommand.date(e), "event", e.id(), e.summary(), sources, e));
            }
            for (String articleId : articles) {
                Optional<StoredArticle> stored = corpus.store().article(articleId);
                if (stored.isEmpty()) {
                    continue;
                }
                var a = stored.get().article();
                Map<String, Object> source = new LinkedHashMap<>();
                source.put("article", a.id());
                source.put("outlet", a.outlet());
                source.put("original_outlet", a.originalOutlet());
                Optional<CopyRecord> copy = corpus.store().copies().of(a.id());
                copy.ifPresent(c -> {
                    source.put("copy_of", c.copyOf());
                    source.put("copy_kind", c.kind());
                });
                entries.add(new Entry(a.published() == null ? null : a.published().value(), "article", a.id(),
                        DisplayTitle.of(a.title(), a.text()), List.of(source), null));
            }
            entries.sort(Comparator.comparing((Entry en) -> sortKey(en.date())).thenComparing(Entry::kind));
            if (output.table()) {
                PrintWriter out = spec.commandLine().getOut();
                out.println("Timeline of " + heading);
                List<List<String>> rows = new ArrayList<>();
                for (Entry en : entries) {
                    rows.add(List.of(en.date() == null ? "-" : en.date(), en.kind(), en.text(),
                            en.sources().stream().map(s -> s.get("outlet") + " " + s.get("article")
                                    + (s.containsKey("copy_kind") ? " (" + s.get("copy_kind") + " copy)" : ""))
                                    .reduce((x, y) -> x + "; " + y).orElse("")));
                }
                TextTable.print(List.of("DATE", "KIND", "WHAT", "SOURCES"), rows, 90, out);
            } else {
                entries.forEach(output::jsonLine);
            }
            output.flush();
        }
        return ExitCodes.OK;
    }

    private static String sortKey(String date) {
        if (date == null) {
            return "9999";
        }
        return date.replaceAll("^[^0-9]*", "").replace("(announced ", "");
    }
}
