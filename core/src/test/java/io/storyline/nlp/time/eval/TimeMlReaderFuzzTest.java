package io.storyline.nlp.time.eval;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any file as TimeML: read, or an IOException that names the file; nothing else escapes. */
class TimeMlReaderFuzzTest {
    @FuzzTest
    void anyFileIsReadOrRefusedNamingIt(byte[] bytes) throws IOException {
        String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        Path file = Files.createTempFile("fuzz", ".tml");
        try {
            Files.writeString(file, xml);
            try {
                TimeMlReader.read(file);
            } catch (IOException refused) {
                assertTrue(refused.getMessage() != null && refused.getMessage().contains(file.toString()), refused.getMessage());
            }
        } finally {
            Files.delete(file);
        }
    }
}
