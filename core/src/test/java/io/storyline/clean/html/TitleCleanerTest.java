package io.storyline.clean.html;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TitleCleanerTest {
    private static String clean(String title, String body) {
        return TitleCleaner.clean(Jsoup.parse("<title>" + title + "</title>" + body));
    }

    @Test
    void stripsSiteSuffix() {
        assertEquals("Floods close schools across the region", clean("Floods close schools across the region | The Daily Paper", ""));
    }

    @Test
    void stripsSitePrefixWhenTheRestIsTooShort() {
        assertEquals("Floods close schools across region", clean("Daily Paper - Floods close schools across region", ""));
    }

    @Test
    void keepsShortTitleWhole() {
        assertEquals("About us | Paper", clean("About us | Paper", ""));
    }

    @Test
    void fallsBackToTheSingleH1WhenTitleIsImplausible() {
        assertEquals("Floods close schools across the region", clean("Home", "<h1>Floods close schools across the region</h1>"));
    }
}
