package io.storyline.clean.html;

import io.storyline.SharedData;
import io.storyline.clean.ExtractionScore;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression guard over the Mozilla Readability test pages (shared dev set, gold = expected.html): the macro F1
 * of the benchmark's word shingles must stay above a floor a little under what the extractor reaches (0.987).
 */
class ReadabilityPagesRegressionTest {
    private static final double F1_FLOOR = 0.98;
    private static final Path PAGES = SharedData.path("data",
            "readability-test-pages");

    @Test
    void devSetF1StaysAboveTheFloor() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(PAGES), "shared data not present: " + PAGES);
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        List<ExtractionScore.PageScore> scores = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(PAGES)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path source = dir.resolve("source.html"), expected = dir.resolve("expected.html");
                if (!Files.isRegularFile(source) || !Files.isRegularFile(expected)) continue;
                String gold = BlockText.text(Jsoup.parse(Files.readString(expected)).body());
                String predicted = extractor.extract(Files.readString(source), "http://fakehost/test/page.html").text();
                scores.add(ExtractionScore.page(gold, predicted));
            }
        }
        ExtractionScore.Summary summary = ExtractionScore.summarise(scores);
        assertTrue(summary.pages() >= 100, "pages read: " + summary.pages());
        assertTrue(summary.f1() >= F1_FLOOR, "dev-set F1 fell to " + summary.f1() + " (P " + summary.precision()
                + ", R " + summary.recall() + ")");
    }
}
