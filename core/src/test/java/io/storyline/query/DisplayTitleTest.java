package io.storyline.query;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DisplayTitleTest {

    @Test
    void aTitleIsShownAsItIs() {
        assertEquals("NATO invites Korea", DisplayTitle.of(" NATO invites Korea ", "Some text."));
    }

    @Test
    void anUntitledArticleIsCalledByItsFirstTenWordsAndAnEllipsis() {
        String text = "SEOUL (Reuters) – NATO Secretary General Jens Stoltenberg arrived in Seoul on Sunday,\nthe first stop.";
        assertEquals("SEOUL (Reuters) – NATO Secretary General Jens Stoltenberg arrived in Seoul…", DisplayTitle.of(null, text));
        assertEquals("SEOUL (Reuters) – NATO Secretary General Jens Stoltenberg arrived in Seoul…", DisplayTitle.of("  ", text));
    }

    @Test
    void aShortTextIsShownWholeOnOneLine() {
        assertEquals("Ferry strike ends.", DisplayTitle.of(null, "Ferry\n strike   ends."));
    }

    @Test
    void anArticleWithNeitherTitleNorTextSaysSo() {
        assertEquals(DisplayTitle.UNTITLED, DisplayTitle.of(null, " \n"));
    }
}
