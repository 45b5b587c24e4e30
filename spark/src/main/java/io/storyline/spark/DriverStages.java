package io.storyline.spark;

import io.storyline.clean.PublishedDate;
import io.storyline.clean.meta.date.CorpusDateRefiner;
import io.storyline.clean.meta.date.SimilarArticle;
import io.storyline.resolve.copy.CopyKind;
import io.storyline.events.ArticleInput;
import io.storyline.events.EntityDirectory;
import io.storyline.events.Event;
import io.storyline.events.EventMention;
import io.storyline.events.EventMerger;
import io.storyline.events.coding.ArticleEventCoder;
import io.storyline.ingest.PageFormat;
import io.storyline.nlp.Annotations;
import io.storyline.nlp.annotate.LanguagePipeline;
import io.storyline.nlp.quote.RoleReferences;
import io.storyline.resolve.entity.ArticleMentions;
import io.storyline.resolve.entity.Entity;
import io.storyline.resolve.entity.EntityResolver;
import io.storyline.resolve.entity.MentionLink;
import io.storyline.resolve.entity.Resolution;
import io.storyline.resolve.story.Story;
import io.storyline.resolve.story.StoryGrouper;
import io.storyline.resolve.story.StoryInput;
import io.storyline.resolve.story.StoryTerms;
import io.storyline.resolve.story.TermVector;
import io.storyline.pipeline.PageProcessor;
import io.storyline.store.ArticleRow;
import io.storyline.store.CopyRecord;
import io.storyline.store.Neighbour;
import io.storyline.store.SearchIndex;
import io.storyline.store.StoredArticle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The corpus stages that run on the driver over every article's small parts (annotations, not pages), because
 * their core implementations weigh each decision against the whole corpus: date refinement asks a search index for
 * the most similar articles, entity resolution merges an acronym only with "the one long name in the corpus", story
 * grouping weighs shared entities by their corpus-wide rarity and joins articles in arrival order, and event merging
 * counts independent sources over all articles. Each is core's own code given the same inputs, in the same order, as
 * the embedded pipeline gives it.
 */
final class DriverStages {
    private DriverStages() {
    }

    /**
     * Core's date refinement over the articles dated only to a year or month, with a Lucene index of all articles
     * in a temporary folder standing in for the store's; returns the refined rows by id.
     */
    static Map<String, ArticleRow> refineDates(List<ArticleRow> all, LanguagePipeline language) throws IOException {
        Map<String, ArticleRow> current = new LinkedHashMap<>();
        all.forEach(r -> current.put(r.id(), r));
        Map<String, ArticleRow> refined = new LinkedHashMap<>();
        Path dir = Files.createTempDirectory("storyline-dates");
        CorpusDateRefiner refiner = new CorpusDateRefiner();
        try (SearchIndex index = SearchIndex.open(dir)) {
            List<StoredArticle> stored = all.stream().map(r -> new StoredArticle(r.seq(), PageFormat.valueOf(r.format()),
                    r.charset(), r.article(), Annotations.NONE)).toList();
            index.index(stored, all.isEmpty() ? 0 : all.get(all.size() - 1).seq());
            for (ArticleRow row : all) {
                String g = row.publishedGranularity();
                if (!"YEAR".equals(g) && !"MONTH".equals(g)) {
                    continue;
                }
                List<SimilarArticle> neighbours = new ArrayList<>();
                for (Neighbour n : index.similar(row.id(), row.text(), 5)) {
                    ArticleRow other = current.get(n.id());
                    if (other != null && other.publishedDate() != null) {
                        neighbours.add(new SimilarArticle(n.id(), n.similarity(), other.publishedDate()));
                    }
                }
                PublishedDate better = refiner.refine(row.publishedDate(), row.text(), neighbours);
                if (better != null && !better.equals(row.publishedDate())) {
                    ArticleRow updated = row.withPublished(better, language.annotate(row.text(), better.firstDay()));
                    current.put(row.id(), updated);
                    refined.put(row.id(), updated);
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return refined;
    }

    /** Core's entity resolution over every article's mentions, in arrival order (no corrections: a fresh corpus). */
    static Resolution entities(List<ArticleRow> all, Map<String, CopyRecord> copies) {
        RoleReferences roleReferences = new RoleReferences();
        List<ArticleMentions> articles = all.parallelStream().map(r -> {
            Annotations a = r.annotationsValue();
            CopyRecord copy = copies.get(r.id());
            boolean spun = copy != null && copy.kind() == CopyKind.SPUN;
            return new ArticleMentions(r.id(), r.seq(), a.entities(), a.roles(), r.text(), !spun,
                    roleReferences.find(r.text(), a.entities()));
        }).toList();
        return new EntityResolver().resolve(articles, List.of());
    }

    /** Mention index → entity id, per article, in mention order (as the store lists them). */
    static Map<String, Map<Integer, String>> linksByArticle(Resolution resolution) {
        Map<String, Map<Integer, String>> out = new HashMap<>();
        for (MentionLink link : resolution.links()) {
            out.computeIfAbsent(link.articleId(), k -> new TreeMap<>()).put(link.mention(), link.entityId());
        }
        return out;
    }

    /** The entities in the order the store lists them (most mentioned first, then by name). */
    static List<Entity> listed(Resolution resolution) {
        return resolution.entities().stream()
                .sorted(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name)).toList();
    }

    /** Core's story grouping in arrival order. */
    static List<Story> stories(List<ArticleRow> all, Map<String, Map<Integer, String>> links,
                               Map<String, CopyRecord> copies, List<Entity> entities) {
        List<StoryInput> inputs = new ArrayList<>();
        try (StoryTerms terms = new StoryTerms()) {
            all.stream().filter(r -> PageProcessor.readsAsEnglish(r.language())).forEach(r -> terms.count(r.title(), r.text()));
            for (ArticleRow r : all) {
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (String entity : links.getOrDefault(r.id(), Map.of()).values()) {
                    counts.merge(entity, 1, Integer::sum);
                }
                CopyRecord copy = copies.get(r.id());
                PublishedDate d = r.publishedDate();
                inputs.add(new StoryInput(r.id(), r.title(), d == null ? null : d.firstDay(), d == null ? null : d.value(),
                        counts, copy == null ? null : copy.copyOf(),
                        PageProcessor.readsAsEnglish(r.language()) ? terms.vector(r.title(), r.text()) : TermVector.EMPTY));
            }
        }
        Map<String, String> names = new HashMap<>();
        entities.forEach(e -> names.put(e.id(), e.name()));
        return new StoryGrouper().group(inputs, names);
    }

    /** Core's event coding per English article (in parallel, as embedded) and merging across articles and copies. */
    static List<Event> events(List<ArticleRow> all, Map<String, Map<Integer, String>> links,
                              Map<String, CopyRecord> copies, List<Entity> entities, List<Story> stories) {
        EntityDirectory directory = new EntityDirectory(entities);
        ArticleEventCoder coder = new ArticleEventCoder();
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(story -> story.articles().forEach(article -> storyOf.put(article, story.id())));
        List<ArticleInput> inputs = new ArrayList<>();
        for (ArticleRow r : all) {
            if (r.text() == null || !PageProcessor.readsAsEnglish(r.language())) {
                continue;
            }
            Annotations a = r.annotationsValue();
            Map<Integer, String> of = links.getOrDefault(r.id(), Map.of());
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < a.entities().size(); i++) {
                ids.add(of.get(i));
            }
            CopyRecord copy = copies.get(r.id());
            String source = copy == null ? null : copy.copyOf();
            inputs.add(new ArticleInput(r.id(), r.text(), r.publishedDate(), a, ids, source == null ? r.id() : source,
                    r.outlet(), storyOf.get(r.id())));
        }
        List<EventMention> mentions = inputs.parallelStream()
                .flatMap(input -> coder.code(input, directory).stream()).toList();
        return new EventMerger().merge(mentions, directory::name);
    }
}
