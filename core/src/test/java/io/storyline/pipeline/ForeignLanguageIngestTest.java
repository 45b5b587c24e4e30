package io.storyline.pipeline;

import io.storyline.SharedData;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.ingest.CrawlReader;
import io.storyline.store.Corpus;
import io.storyline.store.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** German, French and Portuguese pages are stored and flagged with their language, never tagged by English models. */
class ForeignLanguageIngestTest {
    @TempDir
    Path data;

    @Test
    void pagesInOtherLanguagesAreStoredWithoutEnglishEntitiesAndEnglishOnesAreTagged() throws Exception {
        Path pages = SharedData.path("data", "readability-test-pages");
        List<Path> inputs = List.of(pages.resolve("heise/source.html"), pages.resolve("lemonde-1/source.html"),
                pages.resolve("folha/source.html"), pages.resolve("bbc-1/source.html"));
        Map<String, Integer> entitiesByLanguage = new HashMap<>();
        try (Corpus corpus = Corpus.open(data)) {
            new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 8).run(inputs, null);
            corpus.store().forEachArticle(stored -> entitiesByLanguage.merge(stored.article().language(),
                    stored.annotations().entities().size(), Integer::sum));
        }
        assertEquals(Map.of("de", 0, "fr", 0, "pt", 0), Map.of("de", entitiesByLanguage.get("de"),
                "fr", entitiesByLanguage.get("fr"), "pt", entitiesByLanguage.get("pt")));
        assertTrue(entitiesByLanguage.get("en") > 0);
        assertFalse(IngestPipeline.readsAsEnglish("de"));
        assertTrue(IngestPipeline.readsAsEnglish(null));
    }

    @Test
    void aGermanAndAPortuguesePageWeWroteAreStoredFlaggedAndSearchableWithoutEnglishEntities() throws Exception {
        Path pages = data.resolve("pages");
        Files.createDirectories(pages);
        for (String page : List.of("de-hafen.html", "pt-ponte.html")) {
            try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("foreign/" + page), page)) {
                Files.copy(in, pages.resolve(page));
            }
        }
        Map<String, Integer> entitiesByLanguage = new HashMap<>();
        try (Corpus corpus = Corpus.open(data.resolve("store"))) {
            new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 8).run(List.of(pages), null);
            corpus.store().forEachArticle(stored -> entitiesByLanguage.merge(stored.article().language(),
                    stored.annotations().entities().size(), Integer::sum));
            assertEquals(Map.of("de", 0, "pt", 0), entitiesByLanguage);
            assertEquals(1, corpus.search(new SearchRequest("Fährhafen", 5, null, null, null)).size());
            assertEquals(1, corpus.search(new SearchRequest("ciclovia", 5, null, null, null)).size());
            assertTrue(corpus.store().entities().list(null, null, Integer.MAX_VALUE, 0).isEmpty(),
                    "no entity from an English model on German or Portuguese text");
        }
    }
}
