package io.storyline.pipeline;

import io.storyline.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeMlPageTest {
    @Test
    void aTimeMlFileBecomesAPageWithItsTitleCreationDayAndTextWithoutTimeMlTags() throws Exception {
        Path file = SharedData.teSilver().resolve("AFP_ENG_19970401.0006.tml");
        String html = TimeMlPage.html(file, "AFP_ENG_19970401.0006.tml");
        assertTrue(html.contains("<title>Malaysian share market falls 1.1 percent at midday</title>"));
        assertTrue(html.contains("content=\"1997-04-01\""));
        assertTrue(html.contains("<p>Malaysian share prices dipped 1.1 percent by midday Tuesday,"));
        assertFalse(html.contains("EVENT") || html.contains("TIMEX3"));
    }
}
