package io.storyline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.cli.OutputOptions;
import io.storyline.ingest.CrawlReader;
import io.storyline.pipeline.IngestPipeline;
import io.storyline.query.ArticleQueries;
import io.storyline.store.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole output of {@code articles} on the four seed pages, compared with the reviewed golden file. When a
 * change improves the output on purpose, regenerate it with {@code -Dstoryline.updateGolden=true} and review the
 * diff before committing it.
 */
class SeedGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/seeds.articles.json");

    @TempDir
    Path data;

    @Test
    void seedArticlesMatchTheGoldenOutput() throws Exception {
        String actual = OutputOptions.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(seedArticles(data)) + "\n";
        if (Boolean.getBoolean("storyline.updateGolden")) {
            Files.writeString(GOLDEN, actual);
        }
        assertEquals(Files.readString(GOLDEN), actual);
    }

    /** The seeds ingested into {@code data}, as the articles command writes them, with paths cut to file names. */
    static ArrayNode seedArticles(Path data) throws Exception {
        try (Corpus corpus = Corpus.open(data)) {
            new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 16).run(List.of(SharedData.seeds()), null);
            List<JsonNode> articles = new ArrayList<>();
            new ArticleQueries(corpus).forEach(view -> {
                ObjectNode node = OutputOptions.JSON.valueToTree(view);
                node.put("path", Path.of(view.path()).getFileName().toString());
                node.putArray("sources").add(node.get("path").asText());
                articles.add(node);
            });
            articles.sort(Comparator.comparing(a -> a.get("path").asText()));
            return OutputOptions.JSON.createArrayNode().addAll(articles);
        }
    }
}
