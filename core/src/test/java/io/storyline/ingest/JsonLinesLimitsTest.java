package io.storyline.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLinesLimitsTest {
    private static final String VALID = "{\"text\": \"A storm hit the coast on Monday, officials said.\"}\n";

    /** What a 6 MB gzip bomb expands to: one line of gigabytes, then a valid page. */
    @Test
    void aLineOfThreeGigabytesIsSkippedWithoutHoldingItAndTheNextPageIsRead() throws Exception {
        long huge = 3L << 30;
        InputStream bomb = new SequenceInputStream(new RepeatedByte('a', huge),
                new ByteArrayInputStream(("\n" + VALID).getBytes(StandardCharsets.UTF_8)));
        List<ReadOutcome> out = new ArrayList<>();
        new JsonLinesPages(new PageDecoder(), 1 << 20).read(Path.of("bomb.jsonl.gz"), f -> bomb, out::add);
        assertEquals(2, out.size(), out.toString());
        ReadOutcome.Failed failed = assertInstanceOf(ReadOutcome.Failed.class, out.get(0));
        assertEquals("bomb.jsonl.gz#1", failed.path());
        assertTrue(failed.reason().contains(huge + " bytes"), failed.reason());
        assertInstanceOf(ReadOutcome.Read.class, out.get(1));
    }

    @Test
    void aFileOfManyBadLinesListsTheFirstHundredAndCountsTheRest() throws Exception {
        String lines = "not json\n".repeat(1000) + VALID;
        List<ReadOutcome> out = new ArrayList<>();
        new JsonLinesPages(new PageDecoder(), 1 << 20).read(Path.of("bad.jsonl"),
                f -> new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), out::add);
        long failed = out.stream().filter(o -> o instanceof ReadOutcome.Failed).count();
        assertEquals(JsonLinesPages.LISTED_FAILURES + 1, failed);
        assertTrue(out.stream().anyMatch(o -> o instanceof ReadOutcome.Failed f && f.reason().startsWith("900 more bad lines")),
                out.get(out.size() - 1).toString());
        assertEquals(1, out.stream().filter(o -> o instanceof ReadOutcome.Read).count());
    }

    /** {@code count} copies of one byte, made as they are read. */
    private static final class RepeatedByte extends InputStream {
        private final int value;
        private long left;

        RepeatedByte(int value, long count) {
            this.value = value;
            this.left = count;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return value;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) value);
            left -= n;
            return n;
        }
    }
}
