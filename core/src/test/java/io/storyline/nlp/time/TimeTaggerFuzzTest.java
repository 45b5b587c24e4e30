package io.storyline.nlp.time;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.storyline.nlp.TimeMention;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any text, any anchor day: the time grammar tags mentions that lie inside the text and quote it exactly. */
class TimeTaggerFuzzTest {
    private static final TimeTagger TAGGER = new TimeTagger();

    @FuzzTest
    void anyTextIsTaggedWithMentionsInsideIt(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        // the anchor day moves with the text, so that different inputs meet different months and leap years
        LocalDate anchor = LocalDate.of(1990, 1, 1).plusDays(Math.floorMod(text.hashCode(), 60 * 366));
        for (TimeMention m : TAGGER.tag(text, anchor)) {
            assertTrue(0 <= m.start() && m.start() <= m.end() && m.end() <= text.length(), m.toString());
            assertEquals(text.substring(m.start(), m.end()), m.surface());
            assertNotNull(m.type());
        }
    }
}
