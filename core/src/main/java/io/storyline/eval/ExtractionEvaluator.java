package io.storyline.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.clean.ExtractionScore;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.ingest.CrawlReader;
import io.storyline.ingest.ReadOutcome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Main-text scores of the path ingest takes: each page is read by {@link CrawlReader} (gzip, declared and meta
 * charsets, format sniffing) and cleaned by {@link ArticleCleaner}, so the figure measures what users get, not a
 * side path. Scores are {@link ExtractionScore}'s (the ScrapingHub benchmark's); a gold id without a page counts
 * as an empty prediction, as the benchmark counts it.
 */
public final class ExtractionEvaluator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CrawlReader reader = new CrawlReader();
    private final ArticleCleaner cleaner = new ArticleCleaner();

    /** One judged page: its file name inside the pages folder and its expected main text. */
    public record GoldText(String id, String text) {
    }

    /** One page's outcome; {@code failure} says why no text was extracted when the page could not be read. */
    public record PageResult(String id, ExtractionScore.PageScore score, boolean missing, String failure) {
    }

    public record Evaluation(ExtractionScore.Summary summary, List<PageResult> pages) {
        public long missing() {
            return pages.stream().filter(PageResult::missing).count();
        }

        public List<PageResult> failed() {
            return pages.stream().filter(p -> p.failure() != null).toList();
        }
    }

    /** Reads JSON Lines of {@code {"id", "text"}}, blank lines skipped. */
    public static List<GoldText> readGold(Path file) throws IOException {
        List<GoldText> gold = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) continue;
            JsonNode entry;
            try {
                entry = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new IOException(file + ":" + lineNumber + ": not a JSON object: " + e.getOriginalMessage(), e);
            }
            gold.add(new GoldText(entry.path("id").asText(), entry.path("text").asText("")));
        }
        return gold;
    }

    public Evaluation evaluate(Path pagesFolder, List<GoldText> gold) {
        List<PageResult> results = new ArrayList<>();
        for (GoldText entry : gold) {
            results.add(evaluate(pagesFolder, entry));
        }
        return new Evaluation(ExtractionScore.summarise(results.stream().map(PageResult::score).toList()),
                List.copyOf(results));
    }

    private PageResult evaluate(Path pagesFolder, GoldText entry) {
        Path page = pagesFolder.resolve(entry.id());
        if (!Files.isRegularFile(page) && Files.isRegularFile(pagesFolder.resolve(entry.id() + ".gz"))) {
            page = pagesFolder.resolve(entry.id() + ".gz");
        }
        if (!Files.isRegularFile(page)) {
            return new PageResult(entry.id(), ExtractionScore.page(entry.text(), ""), true, null);
        }
        List<ReadOutcome> outcomes = new ArrayList<>(1);
        reader.read(page, outcomes::add);
        String predicted = "";
        String failure = null;
        for (ReadOutcome outcome : outcomes) {
            switch (outcome) {
                case ReadOutcome.Read read -> {
                    try {
                        predicted = cleaner.clean(read.page()).text();
                    } catch (RuntimeException e) {
                        failure = "cleaning failed: " + e;
                    }
                }
                case ReadOutcome.Failed failed -> failure = failed.reason();
            }
        }
        return new PageResult(entry.id(), ExtractionScore.page(entry.text(), predicted), false, failure);
    }
}
