package io.storyline.cli;

import io.storyline.events.Event;
import io.storyline.events.EventSource;
import io.storyline.query.EntityLookup;
import io.storyline.resolve.entity.Entity;
import io.storyline.query.DisplayTitle;
import io.storyline.query.Timeline;
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
import java.util.HashMap;
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
            List<String> articleIds;
            Timeline.Subject subject;
            if (story.isPresent()) {
                Set<String> inStory = new HashSet<>(story.get().articles());
                events = corpus.store().events().list(null, null, null, null).stream()
                        .filter(e -> e.evidence().stream().anyMatch(v -> inStory.contains(v.article()))).toList();
                articleIds = story.get().articles();
                subject = new Timeline.Subject(Timeline.SubjectKind.STORY, story.get().id(), story.get().title(), null);
            } else {
                events = corpus.store().events().list(entity.get().id(), null, null, null);
                articleIds = entity.get().articles();
                subject = new Timeline.Subject(Timeline.SubjectKind.ENTITY, entity.get().id(), entity.get().name(),
                        entity.get().type());
            }
            List<Timeline.ArticleEntry> articles = new ArrayList<>();
            for (String articleId : articleIds) {
                Optional<StoredArticle> stored = corpus.store().article(articleId);
                if (stored.isPresent()) {
                    var a = stored.get().article();
                    Optional<CopyRecord> copy = corpus.store().copies().of(a.id());
                    articles.add(new Timeline.ArticleEntry(a.id(), a.published() == null ? null : a.published().value(),
                            DisplayTitle.of(a.title(), a.text()), new Timeline.Source(a.id(), a.outlet(),
                            a.originalOutlet(), copy.map(CopyRecord::copyOf).orElse(null),
                            copy.map(c -> String.valueOf(c.kind())).orElse(null))));
                }
            }
            Timeline timeline = Timeline.of(subject, events, articles);
            String heading = subject.kind() == Timeline.SubjectKind.STORY
                    ? "story " + subject.id() + ": " + subject.name()
                    : subject.name() + " (" + subject.id() + ")";
            Map<String, Event> byId = new HashMap<>();
            events.forEach(e -> byId.put(e.id(), e));
            List<Entry> entries = new ArrayList<>();
            for (Timeline.Item item : timeline.items()) {
                Event event = item.kind() == Timeline.ItemKind.EVENT ? byId.get(item.id()) : null;
                entries.add(new Entry(event != null ? EventsCommand.date(event) : item.start(), item.kind().label(),
                        item.id(), item.label(), item.sources().stream().map(TimelineCommand::sourceFields).toList(), event));
            }
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

    private static Map<String, Object> sourceFields(Timeline.Source s) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("article", s.article());
        fields.put("outlet", s.outlet());
        if (s.originalOutlet() != null) {
            fields.put("original_outlet", s.originalOutlet());
        }
        if (s.copyKind() != null) {
            fields.put("copy_of", s.copyOf());
            fields.put("copy_kind", s.copyKind());
        }
        return fields;
    }
}
