package io.storyline.pipeline;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any file as a TimeML page for ingest: HTML, or an IOException naming the file. */
class TimeMlPageFuzzTest {
    @FuzzTest
    void anyFileBecomesAPageOrIsRefusedNamingIt(byte[] bytes) throws IOException {
        String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        Path file = Files.createTempFile("fuzz", ".tml");
        try {
            Files.writeString(file, xml);
            try {
                assertNotNull(TimeMlPage.html(file, "fuzz.tml"));
            } catch (IOException refused) {
                assertTrue(refused.getMessage() != null && refused.getMessage().contains(file.toString()), refused.getMessage());
            }
        } finally {
            Files.delete(file);
        }
    }
}
