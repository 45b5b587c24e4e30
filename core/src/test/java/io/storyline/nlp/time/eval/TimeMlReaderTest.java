package io.storyline.nlp.time.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeMlReaderTest {
    @Test
    void readsTextOffsetsAndCreationTimeButNotTheDct(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("doc.tml");
        Files.writeString(file, """
                <?xml version="1.0" ?>
                <TimeML>
                <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
                <TEXT>AT&amp;T fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>, a <EVENT eid="e1">drop</EVENT>.</TEXT>
                </TimeML>
                """);
        TimeMlDocument doc = TimeMlReader.read(file);
        assertEquals(LocalDate.of(1998, 1, 8), doc.creationDate());
        assertEquals("AT&T fell yesterday, a drop.", doc.text());
        assertEquals(1, doc.timexes().size());
        TimeMlDocument.Timex t = doc.timexes().get(0);
        assertEquals("yesterday", doc.text().substring(t.start(), t.end()));
        assertEquals("1998-01-07", t.value());
    }
}
