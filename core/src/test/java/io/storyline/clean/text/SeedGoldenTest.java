package io.storyline.clean.text;

import io.storyline.SharedData;
import io.storyline.clean.Extraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The four seed dumps, whole output compared. Gold is given as 1-based line numbers of the seed file, so the
 * decisions are readable here without copying the pages:
 * <ul>
 * <li>article: every paragraph, quotes, the first photo caption, the standfirst under a headline, short
 * article sentences, the dateline paragraph, the agency-credit opening "(Agency- Outlet) …", the byline line
 * and the wire credit "(Reporting by …; Editing by …)";</li>
 * <li>not article: breadcrumbs, page tools, the repeated headline, the repeated caption, block openers and
 * their teasers, weather/date widgets, tracking ids, legal disclaimers, feed stamps, ad markers, a
 * "Political Cartoons …" widget heading, the copyright line, "Source link", comment and log-in widgets.</li>
 * </ul>
 */
class SeedGoldenTest {

    record Gold(int title, List<Integer> kept, Map<Integer, String> someReasons) {
    }

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("000_2ae7b3c5ad8bb35b.txt", new Gold(1,
                        List.of(9, 14, 16, 18, 20, 26, 28, 30, 32, 34, 36, 38, 40, 46),
                        Map.of(3, "navigation", 7, "duplicate-title", 11, "duplicate-caption", 23, "related-block",
                                47, "share-prompt", 53, "comment-widget"))),
                Arguments.of("001_92c55bad4b6e4c17.txt", new Gold(1,
                        List.of(4, 5, 6, 7, 8, 9, 10, 11, 12),
                        Map.of(2, "date-widget", 3, "date-widget", 13, "tracking-id", 14, "legal-disclaimer",
                                15, "legal-disclaimer"))),
                Arguments.of("002_622a6378bea131e1.txt", new Gold(5,
                        List.of(7, 9, 11, 13, 20, 22, 24, 26),
                        Map.of(1, "date-widget", 3, "date-widget", 15, "related-block", 17, "teaser", 18, "teaser",
                                28, "feed-stamp", 29, "feed-stamp", 31, "related-block"))),
                Arguments.of("003_ce73e09a85edbf59.txt", new Gold(0,
                        List.of(7, 9, 11, 13, 17, 19, 21, 23, 25, 27),
                        Map.of(1, "related-block", 3, "teaser", 5, "ad-marker", 15, "widget-heading", 29, "copyright",
                                31, "ad-marker", 33, "source-link", 35, "comment-widget"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void extractsExactlyTheGoldLines(String file, Gold gold) throws IOException {
        List<String> seed = Files.readAllLines(SharedData.path("seeds", file));
        Extraction extraction = new TextArticleExtractor().extract(String.join("\n", seed));

        String expectedTitle = gold.title() == 0 ? null : seed.get(gold.title() - 1).strip();
        String expectedText = String.join("\n", gold.kept().stream().map(n -> seed.get(n - 1).replace('\u00a0', ' ').strip()).toList());
        assertEquals(expectedTitle, extraction.title());
        assertEquals(expectedText, extraction.text());

        long nonBlank = seed.stream().filter(line -> !line.replace('\u00a0', ' ').isBlank()).count();
        int titleLines = gold.title() == 0 ? 0 : 1;
        assertEquals(nonBlank - gold.kept().size() - titleLines, extraction.removed().size(), "every other line is reported removed");
        gold.someReasons().forEach((lineNumber, reason) -> {
            String line = seed.get(lineNumber - 1).replace('\u00a0', ' ').strip();
            assertEquals(reason, extraction.removed().stream().filter(r -> r.block().equals(line)).findFirst()
                    .map(Extraction.Removed::reason).orElse("kept"), "reason for line " + lineNumber);
        });
    }
}
