package io.storyline.eval;

import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.events.Event;
import io.storyline.events.EventEvidence;
import io.storyline.ingest.CrawlReader;
import io.storyline.pipeline.IngestPipeline;
import io.storyline.pipeline.IngestReport;
import io.storyline.resolve.entity.Entity;
import io.storyline.store.Corpus;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measures the event stage on the judged events gold the way users meet it: the gold's articles are written as
 * pages (TimeML files as text, {@link TimeMlPage}; HTML pages as they are) and ingested into a fresh data folder by
 * the same pipeline as {@code storyline ingest} (cleaning, language layer, copies, entities, stories, events); the
 * stored events and their evidence are then matched to the gold by {@link EventScorer}, whose javadoc has the rules.
 */
public final class EventEvaluator {
    /** What one run found: the scoring, and pages the ingest could not read. */
    public record Run(EventScorer.Result result, List<String> failures, List<String> notStored) {
    }

    private final Path shared;

    /** @param shared the folder the gold's article paths are relative to ({@code ../shared}) */
    public EventEvaluator(Path shared) {
        this.shared = shared;
    }

    /** The gold events of a split: "dev", "heldout", or "all". */
    public static List<GoldEvent> split(List<GoldEvent> gold, String split) {
        return "all".equals(split) ? gold : gold.stream().filter(g -> g.split().equals(split)).toList();
    }

    /** Ingests the articles of {@code gold} into {@code work} (a new, empty folder) and scores the events found. */
    public Run run(List<GoldEvent> gold, Path work) throws IOException, SQLException {
        Map<Path, String> pages = writePages(gold, work.resolve("pages"));
        Path data = work.resolve("data");
        IngestReport report;
        try (Corpus corpus = Corpus.open(data)) {
            report = new IngestPipeline(corpus, new CrawlReader(32L << 20), new ArticleCleaner(), 256)
                    .run(List.copyOf(pages.keySet()), IngestPipeline.Progress.NONE);
        }
        try (Store store = Store.open(data)) {
            Map<String, String> articleOfId = new HashMap<>();
            Map<String, String> texts = new HashMap<>();
            store.forEachArticle(stored -> {
                for (String source : store.sources(stored.article().id())) {
                    String article = pages.get(Path.of(source).toAbsolutePath().normalize());
                    if (article != null) {
                        articleOfId.put(stored.article().id(), article);
                        texts.put(article, text(stored));
                    }
                }
            });
            List<String> notStored = new ArrayList<>(new LinkedHashSet<>(pages.values()));
            notStored.removeAll(texts.keySet());
            List<SystemMention> mentions = mentions(store, articleOfId);
            return new Run(EventScorer.score(gold, mentions, texts), report.failures(), notStored);
        }
    }

    private static String text(StoredArticle stored) {
        return stored.article().text() == null ? "" : stored.article().text();
    }

    private Map<Path, String> writePages(List<GoldEvent> gold, Path folder) throws IOException {
        Map<Path, String> pages = new LinkedHashMap<>();
        for (String article : new LinkedHashSet<>(gold.stream().map(GoldEvent::article).toList())) {
            Path source = shared.resolve(article);
            if (!Files.isRegularFile(source)) {
                throw new IOException(source + ": article of the gold not found");
            }
            Path page;
            if (article.endsWith(".tml")) {
                page = folder.resolve(article.substring(0, article.length() - ".tml".length()) + ".txt");
                Files.createDirectories(page.getParent());
                Files.writeString(page, TimeMlPage.text(Files.readString(source, StandardCharsets.UTF_8)));
            } else {
                page = source;
            }
            pages.put(page.toAbsolutePath().normalize(), article);
        }
        return pages;
    }

    private static List<SystemMention> mentions(Store store, Map<String, String> articleOfId) throws SQLException {
        Map<String, List<String>> names = new HashMap<>();
        List<SystemMention> mentions = new ArrayList<>();
        for (Event event : store.events().list(null, null, null, null)) {
            List<String> actorNames = new ArrayList<>(event.actorNames());
            for (String actor : event.actors()) {
                actorNames.addAll(names.computeIfAbsent(actor, id -> namesOf(store, id)));
            }
            for (EventEvidence evidence : event.evidence()) {
                String article = articleOfId.get(evidence.article());
                if (article != null) {
                    mentions.add(new SystemMention(event.id(), article, evidence.start(), evidence.end(),
                            evidence.sentence(), evidence.trigger(), event.type(), actorNames));
                }
            }
        }
        return mentions;
    }

    private static List<String> namesOf(Store store, String entityId) {
        try {
            Optional<Entity> entity = store.entities().get(entityId);
            if (entity.isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>(entity.get().aliases());
            out.add(entity.get().name());
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading entity " + entityId, e);
        }
    }
}
