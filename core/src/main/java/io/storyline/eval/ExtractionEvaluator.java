package io.storyline.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.clean.ExtractionScore;
import io.storyline.clean.html.HtmlTextDump;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.ingest.CrawlReader;
import io.storyline.ingest.Page;
import io.storyline.ingest.PageFormat;
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
 * as an empty prediction, as the benchmark counts it. With {@link Input#TEXT_DUMP} each HTML page is first turned
 * into the text dump a crawler saves ({@link HtmlTextDump}), so the same gold scores the text-dump extractor.
 */
public final class ExtractionEvaluator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CrawlReader reader = new CrawlReader();
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final Input input;

    /** What the cleaner is given: the page as read, or the text dump of an HTML page. */
    public enum Input { AS_READ, TEXT_DUMP }

    /**
     * One judged page: its file name inside the pages folder, its expected main text, and the split it belongs to
     * ("dev", "heldout", or null when the gold file has no splits).
     */
    public record GoldText(String id, String text, String split) {
        public GoldText(String id, String text) {
            this(id, text, null);
        }
    }

    /**
     * One page's outcome; {@code failure} says why no text was extracted when the page could not be read, and
     * {@code predicted} is the text the cleaner kept (empty when none).
     */
    public record PageResult(String id, ExtractionScore.PageScore score, boolean missing, String failure,
                             String predicted) {
    }

    public ExtractionEvaluator() {
        this(Input.AS_READ);
    }

    public ExtractionEvaluator(Input input) {
        this.input = input;
    }

    public record Evaluation(ExtractionScore.Summary summary, List<PageResult> pages) {
        public long missing() {
            return pages.stream().filter(PageResult::missing).count();
        }

        public List<PageResult> failed() {
            return pages.stream().filter(p -> p.failure() != null).toList();
        }
    }

    /** Reads JSON Lines of {@code {"id", "text"}} with an optional {@code "split"}, blank lines skipped. */
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
            gold.add(new GoldText(entry.path("id").asText(), entry.path("text").asText(""),
                    entry.hasNonNull("split") ? entry.get("split").asText() : null));
        }
        return gold;
    }

    /** The gold pages of one split; "all" keeps every page. */
    public static List<GoldText> split(List<GoldText> gold, String split) {
        if (split.equals("all")) return gold;
        return gold.stream().filter(g -> split.equals(g.split())).toList();
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
            return new PageResult(entry.id(), ExtractionScore.page(entry.text(), ""), true, null, "");
        }
        List<ReadOutcome> outcomes = new ArrayList<>(1);
        reader.read(page, outcomes::add);
        String predicted = "";
        String failure = null;
        for (ReadOutcome outcome : outcomes) {
            switch (outcome) {
                case ReadOutcome.Read read -> {
                    try {
                        predicted = cleaner.clean(given(read.page())).text();
                    } catch (RuntimeException e) {
                        failure = "cleaning failed: " + e;
                    }
                }
                case ReadOutcome.Failed failed -> failure = failed.reason();
            }
        }
        return new PageResult(entry.id(), ExtractionScore.page(entry.text(), predicted), false, failure, predicted);
    }

    private Page given(Page page) {
        if (input == Input.AS_READ || page.format() != PageFormat.HTML) return page;
        return new Page(page.id(), page.path(), page.url(), PageFormat.TEXT, HtmlTextDump.dump(page.content()),
                page.charset(), page.fetchedAt());
    }
}
