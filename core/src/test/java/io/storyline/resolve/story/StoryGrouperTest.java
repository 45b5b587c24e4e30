package io.storyline.resolve.story;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryGrouperTest {
    private final StoryGrouper grouper = new StoryGrouper();

    private static StoryInput article(String id, String day, String original, String... entities) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (String e : entities) {
            counts.merge(e, 1, Integer::sum);
        }
        return new StoryInput(id, "Title " + id, day == null ? null : LocalDate.parse(day), day, counts, original);
    }

    /** Background articles that make "nato" and "korea" common, as in any crawl about them. */
    private static List<StoryInput> background() {
        List<StoryInput> out = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            out.add(article("bg" + i, "2020-0" + (i % 9 + 1) + "-15", null, "nato", "korea", "other" + i));
        }
        return out;
    }

    @Test
    void articlesSharingRareEntitiesWithinDaysAreOneStory() {
        List<StoryInput> in = new ArrayList<>(background());
        in.add(article("a", "2023-01-30", null, "nato", "stoltenberg", "park", "kishida", "tokyo", "seoul"));
        in.add(article("b", "2023-01-29", null, "nato", "stoltenberg", "park", "kishida", "tokyo", "yonhap"));
        List<Story> stories = grouper.group(in);
        Story visit = stories.stream().filter(s -> s.articles().contains("a")).findFirst().orElseThrow();
        assertEquals(List.of("a", "b"), visit.articles());
        assertEquals("2023-01-29", visit.start());
        assertEquals("2023-01-30", visit.end());
        assertTrue(visit.why().get(0).startsWith("b: shares"), visit.why().toString());
    }

    @Test
    void theSameEntitiesYearsApartAreDifferentStories() {
        List<StoryInput> in = new ArrayList<>(background());
        in.add(article("a", "2022-06-22", null, "nato", "stoltenberg", "madrid", "yoon"));
        in.add(article("b", "2024-04-04", null, "nato", "stoltenberg", "washington", "yoon"));
        assertEquals(10, grouper.group(in).size());
    }

    @Test
    void sharingOnlyCommonEntitiesIsNotEnough() {
        List<StoryInput> in = new ArrayList<>(background());
        in.add(article("a", "2023-01-30", null, "nato", "korea", "x1", "x2"));
        in.add(article("b", "2023-01-30", null, "nato", "korea", "y1", "y2"));
        assertEquals(10, grouper.group(in).size());
    }

    @Test
    void aCopyJoinsItsOriginalsStory() {
        List<StoryInput> in = List.of(article("orig", "2023-01-29", null, "p"), article("copy", "2023-05-01", "orig", "q"));
        List<Story> stories = grouper.group(in);
        assertEquals(1, stories.size());
        assertEquals(List.of("copy: copy of orig"), stories.get(0).why());
    }

    @Test
    void storyIdsStayWhenLaterArticlesArrive() {
        List<StoryInput> first = new ArrayList<>(background());
        first.add(article("a", "2023-01-30", null, "stoltenberg", "park", "kishida"));
        List<String> before = grouper.group(first).stream().map(Story::id).toList();
        List<StoryInput> more = new ArrayList<>(first);
        more.add(article("b", "2023-01-31", null, "stoltenberg", "park", "kishida"));
        more.add(article("c", "2023-09-01", null, "floods", "river"));
        List<Story> after = grouper.group(more);
        assertEquals(before, after.stream().map(Story::id).toList().subList(0, before.size()));
        assertEquals(List.of("a", "b"), after.stream().filter(s -> s.id().equals("sa")).findFirst().orElseThrow().articles());
    }

    @Test
    void oneSharedNameIsACoincidenceNotAStory() {
        List<StoryInput> in = new ArrayList<>(background());
        in.add(article("a", "2023-01-30", null, "hong kong", "poultry"));
        in.add(article("b", "2023-01-31", null, "hong kong", "shares"));
        assertEquals(10, grouper.group(in).size());
    }

    /** Everyday news words, so that in {@link #vectors} they are as common as in any crawl. */
    private static final String EVERYDAY = "The bureau said officials raised the alert on Friday and people were "
            + "threatened; the province says villages, the weather and prices, a U.S. soldier killed, the military.";

    /** Word vectors as StoryResolution makes them, with document frequencies over the texts and everyday news. */
    private static List<TermVector> vectors(String... texts) {
        try (TermCounter counter = new TermCounter()) {
            List<Map<String, Integer>> counts = java.util.Arrays.stream(texts).map(counter::count).toList();
            Map<String, Integer> df = new java.util.HashMap<>();
            counts.forEach(c -> c.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
            int everyday = 20;
            counter.count(EVERYDAY).keySet().forEach(t -> df.merge(t, everyday, Integer::sum));
            double n = texts.length + everyday;
            return counts.stream().map(c -> TermVector.of(c, t -> Math.log(n / df.get(t)), 60)).toList();
        }
    }

    private static StoryInput worded(String id, String day, TermVector terms, String... entities) {
        StoryInput a = article(id, day, null, entities);
        return new StoryInput(a.articleId(), a.title(), a.published(), a.publishedIso(), a.entities(), null, terms);
    }

    @Test
    void twoOutletsTellingOneHappeningInTheirOwnWordsAreOneStoryThroughItsRareWords() {
        List<TermVector> v = vectors(
                "Typhoon Durian threatens Luzon and Albay province; the weather bureau PAGASA raised storm signals.",
                "Super-typhoon Durian ravages Albay province in Luzon: mudslides bury villages, the Red Cross says.",
                "Share prices in Manila closed higher on Friday as banks gained.",
                "The weather in Europe stays mild this week.");
        List<StoryInput> in = new ArrayList<>(background());
        in.add(worded("xin", "2006-11-28", v.get(0), "pagasa", "manila"));
        in.add(worded("afp", "2006-12-01", v.get(1), "red cross", "mayon"));
        in.add(worded("market", "2006-12-01", v.get(2), "manila"));
        in.add(worded("weather", "2006-12-01", v.get(3), "europe"));
        List<Story> stories = grouper.group(in);
        Story durian = stories.stream().filter(s -> s.id().equals("sxin")).findFirst().orElseThrow();
        assertEquals(List.of("xin", "afp"), durian.articles());
        assertTrue(durian.why().get(0).contains("durian"), durian.why().toString());
    }

    @Test
    void theSameActorsALittleAlikeAreOneStoryNextDayButNotAWeekLater() {
        List<StoryInput> sameWeek = new ArrayList<>(background());
        sameWeek.add(article("first", "2006-11-01", null, "baghdad", "us military", "haifa street", "roadside bomb"));
        sameWeek.add(article("next", "2006-11-02", null, "baghdad", "us military", "diyala", "gunfire"));
        assertEquals(9, grouper.group(sameWeek).size());
        List<StoryInput> later = new ArrayList<>(background());
        later.add(article("first", "2006-11-01", null, "baghdad", "us military", "haifa street", "roadside bomb"));
        later.add(article("next", "2006-11-10", null, "baghdad", "us military", "diyala", "gunfire"));
        assertEquals(10, grouper.group(later).size());
    }

    @Test
    void aStoryKeepsOnlyItsHeaviestWordsHoweverManyArticlesJoin() {
        List<StoryInput> in = new ArrayList<>();
        StringBuilder shared = new StringBuilder("durian typhoon luzon mudslide mayon ");
        for (int i = 0; i < 40; i++) {
            String text = shared + " uniqueword" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + " more"
                    + (char) ('a' + i % 26) + "x";
            in.add(worded("a" + i, "2006-12-01", vectors(text, "unrelated filler text").get(0)));
        }
        List<Story> stories = grouper.group(in);
        assertEquals(1, stories.size());
        assertEquals(40, stories.get(0).articles().size());
    }
}
