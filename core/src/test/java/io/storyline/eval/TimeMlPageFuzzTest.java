package io.storyline.eval;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Any TimeML text gives the article text the events gold is anchored in, never an exception. */
class TimeMlPageFuzzTest {
    @FuzzTest
    void anyXmlGivesText(byte[] bytes) {
        String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertNotNull(TimeMlPage.text(xml));
    }
}
