package io.storyline.pipeline;

import io.storyline.SharedData;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.ingest.CrawlReader;
import io.storyline.nlp.annotate.LanguagePipeline;
import io.storyline.store.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same pages ingested in several batches into one store and in one run into another must give the same corpus:
 * dates, copies, entities with their aliases and mentions, stories and events, field by field (their stored JSON).
 * And a story a later batch only adds to keeps its id. The corpus: the seeds, TE3-Silver articles as pages with a
 * day-precise date, some as bare text (no date but what the text says), planted copies of earlier articles, and in
 * the last batch an original of a first-batch article, published before it.
 */
class IncrementalIngestEquivalenceTest {
    private static final int BATCHES = 3;

    @TempDir
    Path tmp;

    @Test
    void batchesGiveTheCorpusOfOneRunAndStoriesKeepTheirIds() throws Exception {
        List<Path> batches = writeBatches(tmp.resolve("crawl"));
        LanguagePipeline language = new LanguagePipeline();
        Path batched = tmp.resolve("batched");
        List<Map<String, Set<String>>> storiesAfter = new ArrayList<>();
        for (Path batch : batches) {
            ingest(batched, List.of(batch), language);
            storiesAfter.add(stories(batched));
        }
        Path whole = tmp.resolve("whole");
        ingest(whole, batches, language);

        Map<String, List<String>> expected = CorpusTables.corpusWide(whole);
        for (String table : List.of("copies", "entities", "mentions", "stories", "events")) {
            assertFalse(expected.get(table).isEmpty(), "the corpus must give " + table + " to compare");
        }
        Map<String, List<String>> actual = CorpusTables.corpusWide(batched);
        for (String table : expected.keySet()) {
            assertEquals(expected.get(table), actual.get(table), table + " differ between batches and one run");
        }
        assertEquals(CorpusTables.pages(whole), CorpusTables.pages(batched));
        for (int i = 1; i < storiesAfter.size(); i++) {
            assertStoriesAddedToKeepTheirIds(storiesAfter.get(i - 1), storiesAfter.get(i));
        }
    }

    /** A story whose articles all stay together in one later story is that story, under the same id. */
    private static void assertStoriesAddedToKeepTheirIds(Map<String, Set<String>> before, Map<String, Set<String>> after) {
        Map<String, String> storyOf = new HashMap<>();
        after.forEach((id, articles) -> articles.forEach(a -> storyOf.put(a, id)));
        int kept = 0;
        for (var story : before.entrySet()) {
            Set<String> laterIds = new TreeSet<>();
            story.getValue().forEach(a -> laterIds.add(storyOf.get(a)));
            if (laterIds.size() == 1) {
                assertEquals(story.getKey(), laterIds.iterator().next(), "story " + story.getKey() + " was renamed");
                kept++;
            }
        }
        assertTrue(kept > 0, "some story must carry over to the next batch");
    }

    private static Map<String, Set<String>> stories(Path data) throws Exception {
        Map<String, Set<String>> out = new HashMap<>();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(io.storyline.store.Store.FILE_NAME));
             var rs = db.createStatement().executeQuery("SELECT story_id, article_id FROM article_stories")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    private static void ingest(Path data, List<Path> roots, LanguagePipeline language) throws Exception {
        try (Corpus corpus = Corpus.open(data)) {
            IngestReport report = new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), language, 256)
                    .run(roots, null);
            assertTrue(report.failures().isEmpty(), report.failures().toString());
        }
    }

    /**
     * Three folders: the seeds and dated TE3 pages; more dated pages, bare texts and copies of the first batch;
     * the rest with copies of the second. A copy drops its last paragraph and changes a word, as rewrites do.
     */
    private static List<Path> writeBatches(Path crawl) throws Exception {
        List<Path> sources;
        try (Stream<Path> files = Files.list(SharedData.teSilver())) {
            sources = files.filter(f -> f.toString().endsWith(".tml")).sorted().skip(200).limit(54).toList();
        }
        List<Path> folders = new ArrayList<>();
        for (int b = 0; b < BATCHES; b++) {
            folders.add(Files.createDirectories(crawl.resolve("batch" + b)));
        }
        try (Stream<Path> seeds = Files.list(SharedData.seeds())) {
            for (Path seed : seeds.sorted().toList()) {
                Files.copy(seed, folders.get(0).resolve(seed.getFileName()));
            }
        }
        List<String> earlier = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Path source = sources.get(i);
            int batch = i * BATCHES / sources.size();
            String name = source.getFileName().toString().replace(".tml", "");
            String html = TimeMlPage.html(source, name + ".tml");
            if (i % 4 == 3) {
                String text = html.replaceAll("</p>|</h1>", "\n\n").replaceAll("<[^>]+>", "").replace("&amp;", "&");
                Files.writeString(folders.get(batch).resolve(name + ".txt"), text);
            } else {
                Files.writeString(folders.get(batch).resolve(name + ".html"), html);
            }
            if (batch > 0 && i % 9 == 0 && !earlier.isEmpty()) {
                String original = earlier.get(earlier.size() / 2);
                int cut = original.lastIndexOf("<p>");
                String copy = original.substring(0, cut) + "</article></body></html>";
                Files.writeString(folders.get(batch).resolve(name + "-copy.html"), copy.replaceFirst(" said ", " told reporters "));
            }
            if (batch == 0 || i % 2 == 0) {
                earlier.add(html);
            }
        }
        // the first article's original, published years before it, arrives last: it takes that article's cluster over
        String lateOriginal = TimeMlPage.html(sources.get(0), "late-original.tml").replaceFirst(
                "article:published_time\" content=\"[^\"]*\"", "article:published_time\" content=\"1990-01-02\"");
        Files.writeString(folders.get(BATCHES - 1).resolve("late-original.html"), lateOriginal);
        return folders;
    }
}
