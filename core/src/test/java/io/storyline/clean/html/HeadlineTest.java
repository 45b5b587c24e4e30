package io.storyline.clean.html;

import io.storyline.clean.PageHints;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeadlineTest {
    private static PageHints hints(String title, String site) {
        return new PageHints(title, null, site, null, null, null, "");
    }

    @Test
    void stripsTheSiteNameSuffix() {
        assertEquals("Bridge reopens after repairs", Headline.of(hints("Bridge reopens after repairs | City News", "City News"), null));
    }

    @Test
    void stripsTheSitePartTheTitleElementHasToo() {
        assertEquals("Bridge reopens after repairs",
                Headline.of(hints("Bridge reopens after repairs - CN", null), "Bridge reopens after repairs"));
    }

    @Test
    void keepsATitleWithoutSitePart() {
        assertEquals("Bridge reopens: what changes", Headline.of(hints("Bridge reopens: what changes", "City News"), null));
    }

    @Test
    void fallsBackToTheTitleElement() {
        assertEquals("Bridge reopens", Headline.of(PageHints.NONE, "Bridge reopens"));
    }
}
