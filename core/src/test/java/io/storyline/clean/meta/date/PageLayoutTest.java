package io.storyline.clean.meta.date;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageLayoutTest {

    @Test
    void japaneseAndChineseSentencesCountTheirCharactersAsWords() {
        String japanese = "週末に開催された競走では、十八頭の馬が優勝しました。";
        assertTrue(PageLayout.words(japanese) >= 12, () -> japanese + " → " + PageLayout.words(japanese));
        assertTrue(PageLayout.words("市政府周二宣布新的交通计划将于明年实施") >= 7);
        // a stamp stays short, and spaced scripts count by their spaces alone
        assertTrue(PageLayout.words("2020年07月12日 |") < 7);
        assertEquals(4, PageLayout.words("서울 시청은 계획을 발표했다"));
    }

    @Test
    void aJapaneseStoryIsFoundByItsSentences() {
        String story = "週末に開催された競走では、十八頭の馬が優勝しました。";
        PageLayout page = new PageLayout(List.of("ニュース", "2020年07月12日 |", story), story, null);
        assertTrue(page.beforeStory(1));
        assertTrue(page.inStory(2));
    }
}
