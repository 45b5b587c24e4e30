package io.storyline.clean.meta;

import io.storyline.clean.PageHints;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BylineResolverTest {

    private final BylineResolver bylines = new BylineResolver(new PersonNameCase());

    private String byline(PageHints hints, String... lines) {
        return bylines.resolve(List.of(lines), hints).map(Evidenced::value).orElse(null);
    }

    @Test
    void readsByLineWithSeveralReporters() {
        assertEquals("Jane Doe and John Roe", byline(PageHints.NONE, "Headline", "By Jane Doe and John Roe", "Text."));
        assertEquals("Ann Lee, Bo Park and Cy Young", byline(PageHints.NONE, "By Ann Lee, Bo Park and Cy Young"));
    }

    @Test
    void stripsEmailAndAffiliation() {
        assertEquals("Lim Jeong-won", byline(PageHints.NONE, "BY LIM JEONG-WON [lim.jeongwon@example.co.kr]"));
        assertEquals("Jane Doe", byline(PageHints.NONE, "By Jane Doe | Staff Writer"));
        assertEquals("Jane Doe", byline(PageHints.NONE, "By Jane Doe, Staff Reporter"));
    }

    @Test
    void readsWireSignature() {
        assertEquals("Josh Smith", byline(PageHints.NONE, "(Reporting by Josh Smith in Seoul; Editing by William Mallard)"));
        assertEquals("Ann Lee and Bo Park", byline(PageHints.NONE, "(Reporting by Ann Lee and Bo Park; Editing by Cy Young)"));
    }

    @Test
    void prefersMarkupAuthor() {
        PageHints hints = new PageHints(null, "Nicolas Perriault", null, null, null, null, "byline=meta[name=author]");
        assertEquals("Nicolas Perriault", byline(hints, "By Someone Else"));
    }

    @Test
    void ignoresSentencesThatStartWithBy() {
        assertTrue(bylines.resolve(List.of("By the end of the year, prices had doubled in most cities."), PageHints.NONE).isEmpty());
    }
}
