package io.storyline.clean.pipeline;

import io.storyline.clean.CleanArticle;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.storyline.clean.meta.date.PublishedDateResolver;
import io.storyline.ingest.Page;
import io.storyline.ingest.PageFormat;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any page, however broken, cleans to an article without an exception: the HTML cleaner, the text-dump cleaner
 * and the date solver behind them. Regression mode (every build) runs the seeds under
 * {@code ArticleCleanerFuzzTestInputs/}; {@code ./storyline bench fuzz} fuzzes them.
 */
class ArticleCleanerFuzzTest {
    private static final ArticleCleaner CLEANER = new ArticleCleaner();
    private static final PublishedDateResolver DATES = new PublishedDateResolver(name -> name.contains("Reuters"));

    private static Page page(PageFormat format, String content) {
        return new Page("fuzz", "fuzz.page", "https://example.com/2024/03/05/story", format, content, "UTF-8",
                Instant.parse("2024-03-06T10:00:00Z"));
    }

    private static void sound(CleanArticle article, String content) {
        assertNotNull(article.text());
        assertTrue(article.text().length() <= content.length() * 4L + 1000, "the text grew out of proportion");
    }

    @FuzzTest
    void anyHtmlPageCleansWithoutThrowing(byte[] bytes) {
        String html = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        sound(CLEANER.clean(page(PageFormat.HTML, html)), html);
    }

    @FuzzTest
    void anyTextDumpCleansWithoutThrowing(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        sound(CLEANER.clean(page(PageFormat.TEXT, text)), text);
    }

    /** The input is the page text, then (after a U+0001) the page's date hint, then (after another) its URL. */
    @FuzzTest
    void anyTextAndHintsSolveToADateOrNone(byte[] bytes) {
        String input = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        String[] parts = input.split("\u0001", 3);
        String raw = parts[0];
        String hint = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null;
        String url = parts.length > 2 && !parts[2].isEmpty() ? parts[2] : null;
        DATES.solve(raw, raw, null, hint, url,
                Instant.parse("2024-03-06T10:00:00Z")).ifPresent(s -> assertNotNull(s.published()));
    }
}
