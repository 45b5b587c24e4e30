package io.storyline.query;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StorySummarizerTest {
    private final StorySummarizer summarizer = new StorySummarizer();

    private static final StorySummarizer.Source XINHUA = new StorySummarizer.Source("x1", "Typhoon Durian nears",
            "Xinhua", """
            Typhoon Durian hit the eastern Philippine province of Albay on Thursday with strong winds and rain.
            The weather bureau said schools in Metro Manila would stay closed on Friday.
            Share prices in Tokyo were little changed in quiet trading on the same day.""");
    private static final StorySummarizer.Source AFP = new StorySummarizer.Source("a1", "Durian ravages Albay", "AFP", """
            Photo: AFP.
            Mudslides set off by typhoon Durian buried villages in Albay province, killing hundreds of people.
            Typhoon Durian hit the eastern Philippine province of Albay on Thursday with strong winds and rain.
            Rescuers in Albay dug through mud and volcanic ash from Mayon for survivors of the typhoon.""");

    @Test
    void picksCentralSentencesEachCitedToItsArticleAndNeverTwiceTheSameFact() {
        List<StorySummarizer.SummarySentence> summary = summarizer.summarize(List.of(XINHUA, AFP), 3);
        assertEquals(3, summary.size());
        long repeated = summary.stream().filter(s -> s.text().startsWith("Typhoon Durian hit the eastern")).count();
        assertEquals(1, repeated, summary.toString());
        assertTrue(summary.stream().noneMatch(s -> s.text().contains("Tokyo")), "off-story sentence: " + summary);
        assertTrue(summary.stream().noneMatch(s -> s.text().startsWith("Photo")), "a caption is no sentence");
        for (StorySummarizer.SummarySentence s : summary) {
            String text = (s.articleId().equals("x1") ? XINHUA : AFP).text();
            assertEquals(s.text(), text.substring(s.start(), s.end()).strip(), "the citation points at the sentence");
        }
        assertEquals(2, summary.stream().map(StorySummarizer.SummarySentence::articleId).distinct().count(),
                "both outlets are cited");
    }

    @Test
    void aStoryWithoutTextHasAnEmptySummary() {
        assertEquals(List.of(), summarizer.summarize(
                List.of(new StorySummarizer.Source("n", null, null, null)), 3));
    }
}
