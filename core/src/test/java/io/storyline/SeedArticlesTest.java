package io.storyline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What issue 3 asks of the seeds, field by field: the readable half of the golden test. */
class SeedArticlesTest {
    @TempDir
    static Path data;
    static ArrayNode articles;

    @BeforeAll
    static void ingestSeeds() throws Exception {
        articles = SeedGoldenTest.seedArticles(data);
    }

    private static JsonNode seed(int n) {
        return articles.get(n);
    }

    @Test
    void fourArticles() {
        assertEquals(4, articles.size());
    }

    @Test
    void publicationDatesComeFromTheArticlesNotFromPageHeaders() {
        assertEquals("2024-04", seed(0).get("published").asText().substring(0, 7));
        assertEquals("2023-01-30", seed(1).get("published").asText().substring(0, 10));
        assertEquals("2022-06-22", seed(2).get("published").asText());
        assertEquals("2023-01-29", seed(3).get("published").asText());
        for (JsonNode article : articles) {
            assertFalse(article.get("published_evidence").asText().isBlank());
        }
    }

    @Test
    void outletsIncludingTheCreditedOriginalOfACopyingSite() {
        assertEquals("Korea JoongAng Daily", seed(0).get("outlet").asText());
        assertEquals("MENAFN", seed(1).get("outlet").asText());
        assertEquals("RT", seed(2).get("outlet").asText());
        assertEquals("Reuters", seed(3).get("outlet").asText());
        assertEquals("Reuters", seed(3).get("original_outlet").asText());
    }

    @Test
    void bylinesWherePresent() {
        assertEquals("Lim Jeong-won", seed(0).get("byline").asText());
        assertEquals("Josh Smith", seed(3).get("byline").asText());
    }

    @Test
    void titles() {
        assertEquals("NATO invites Korea to summit for third consecutive time", seed(0).get("title").asText());
        assertEquals("Stoltenberg calls for strengthening security cooperation with Seoul", seed(1).get("title").asText());
        assertEquals("Asian nation seeks NATO mission", seed(2).get("title").asText());
    }

    @Test
    void noBoilerplateLineLeft() {
        List<String> boilerplate = List.of("Home > National", "print dictionary", "Related Article", "Log in to Twitter",
                "help-image", "lock icon", "To write comments", "Standards Board Policy", "Legal Disclaimer",
                "MENAFN provides the information", "MENAFN30012023007066015264ID1105493060", "35.1 C", "Delhi",
                "Friday, March 29, 2024", "Read more", "Japanese PM to attend NATO summit for the first time",
                "ift.tt", "from RT", "Most Popular", "Latest Post", "Rolla Academy", "[ad_1]", "[ad_2]",
                "Political Cartoons", "Source link", "Leave a Reply");
        for (JsonNode article : articles) {
            String text = article.get("text").asText();
            for (String line : boilerplate) {
                assertFalse(text.contains(line), "boilerplate '" + line + "' left in " + article.get("path"));
            }
        }
    }

    @Test
    void noArticleLineLost() {
        assertContains(0, "The chief of the North Atlantic Treaty Organization (NATO) invited President Yoon Suk Yeol");
        assertContains(0, "“We are making active efforts to manage ties between South Korea and Russia");
        assertContains(0, "BY LIM JEONG-WON");
        assertContains(0, "Russia’s Foreign Ministry criticized the decision on Wednesday");
        assertContains(1, "(MENAFN- Hip Hop-24) NATO Secretary General Jens Stoltenberg called for strengthening");
        assertContains(1, "Then, on Monday, he will head to the Japanese capital, Tokyo");
        assertContains(2, "South Korea is planning to set up a mission to NATO headquarters in Europe");
        assertContains(2, "“In this context, I welcome that the leaders of our Asia-Pacific partners");
        assertContains(3, "SEOUL (Reuters) – NATO Secretary Basic Jens Stoltenberg arrived in Seoul on Sunday");
        assertContains(3, "(Reporting by Josh Smith; Modifying by William Mallard)");
        assertContains(3, "North Korea has stated NATO involvement within the Asia-Pacific area");
    }

    private static void assertContains(int seed, String line) {
        assertTrue(seed(seed).get("text").asText().contains(line), "lost from seed " + seed + ": " + line);
    }
}
