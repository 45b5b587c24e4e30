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
}
