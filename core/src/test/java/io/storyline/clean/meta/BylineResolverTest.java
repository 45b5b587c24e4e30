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

    @Test
    void aJobTitleAfterTheNamesIsNotSplitIntoAnotherAuthor() {
        assertEquals("Tom Krisher", byline(PageHints.NONE, "By Tom Krisher and AP Auto Writer"));
        assertEquals("Ben Silverman", byline(PageHints.NONE, "By Ben Silverman Games Editor"));
    }

    @Test
    void theNamesStopWhereThePagesOutletBegins() {
        var outlets = new OutletResolver.Outlets(new Evidenced("WebMD", "copyright holder"), null);
        assertEquals("Kelli Miller", bylines.resolve(List.of("By Kelli Miller WebMD Health News"), PageHints.NONE, outlets)
                .map(Evidenced::value).orElse(null));
    }

    @Test
    void proseAboutSomeoneAndADatelinePlaceAreNoBylines() {
        assertEquals(null, byline(PageHints.NONE, "Indian Malayalam-language horror film directed by Nirmal Baby Varghese.[80]"));
        assertEquals(null, byline(PageHints.NONE, "KUALA LUMPUR, April 1, 1997 (AFP)"));
    }

    @Test
    void keepsAnOrganisationOrUncasedNameTheMarkupDeclaresAsAuthor() {
        assertEquals("BBC News", byline(new PageHints(null, "BBC News", null, null, null, null, "byline=meta[og:article:author]")));
        assertEquals("肖春芳", byline(new PageHints(null, "肖春芳", null, null, null, null, "byline=meta[author]")));
    }
}
