package io.storyline.query;

import com.fasterxml.jackson.annotation.JsonValue;
import io.storyline.clean.IsoPeriod;
import io.storyline.events.Event;
import io.storyline.events.EventEvidence;
import io.storyline.events.EventSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The timeline of an entity or a story, assembled once for the CLI and the web page alike: its events (with the
 * sentences that attest them and their independent sources) and its articles (at their publication dates), in
 * time order. Dates sort as the periods they name ("2023-07" from July 1st), events before the articles of the
 * same day (the event is what they report), and undated events last, still listed.
 */
public record Timeline(Subject subject, List<Item> items) {
    public Timeline {
        items = List.copyOf(items);
    }

    /** What a timeline is of, written as the contract's word. */
    public enum SubjectKind {
        ENTITY, STORY;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What stands on a timeline, written as the contract's word. */
    public enum ItemKind {
        EVENT, ARTICLE;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What the timeline is of. */
    public record Subject(SubjectKind kind, String id, String name, String type) {
    }

    /** Where an item was read: an article, its outlet, and what it copies. */
    public record Source(String article, String outlet, String originalOutlet, String copyOf, String copyKind) {
    }

    public record Evidence(String article, int start, int end, String sentence) {
    }

    /**
     * One thing on the timeline.
     *
     * @param start    ISO date at its granularity, or null for an undated event
     * @param articles the articles it stands on: an event's evidence articles, or the article itself
     */
    public record Item(ItemKind kind, String id, String start, String end, String label, String type,
                       List<String> articles, List<Source> sources, List<Evidence> evidence) {
    }

    /** An article to place on the timeline, with its label (its display title) and where it comes from. */
    public record ArticleEntry(String id, String published, String label, Source source) {
    }

    public static Timeline of(Subject subject, List<Event> events, List<ArticleEntry> articles) {
        List<Item> items = new ArrayList<>();
        for (Event event : events) {
            List<Evidence> evidence = new ArrayList<>();
            Set<String> attesting = new LinkedHashSet<>();
            for (EventEvidence x : event.evidence()) {
                evidence.add(new Evidence(x.article(), x.start(), x.end(), x.sentence()));
                attesting.add(x.article());
            }
            List<Source> sources = new ArrayList<>();
            for (EventSource s : event.sources()) {
                sources.add(new Source(s.article(), s.outlet(), null, null, null));
            }
            items.add(new Item(ItemKind.EVENT, event.id(), event.sortDate(), event.end(), event.summary(), event.type(),
                    List.copyOf(attesting), sources, evidence));
        }
        for (ArticleEntry a : articles) {
            items.add(new Item(ItemKind.ARTICLE, a.id(), a.published(), null, a.label(), null, List.of(a.id()),
                    List.of(a.source()), List.of()));
        }
        items.sort(Comparator.comparing((Item i) -> day(i.start()), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Item::kind)
                .thenComparing(Item::id));
        return new Timeline(subject, items);
    }

    private static LocalDate day(String iso) {
        return iso != null && IsoPeriod.isValid(iso) ? IsoPeriod.firstDay(iso) : null;
    }
}
