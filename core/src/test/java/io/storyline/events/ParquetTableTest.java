package io.storyline.events;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParquetTableTest {

    /** Reads a Thrift compact struct's top-level i32 fields (enough to check a page header). */
    private static int[] i32Fields(byte[] b, int[] pos, int max) {
        int[] fields = new int[max + 1];
        int last = 0;
        while (true) {
            int head = b[pos[0]++] & 0xFF;
            if (head == 0) {
                return fields;
            }
            int id = last + (head >> 4);
            int type = head & 0x0F;
            last = id;
            if (type == 5) {
                long v = 0;
                int shift = 0;
                int x;
                do {
                    x = b[pos[0]++] & 0xFF;
                    v |= (long) (x & 0x7F) << shift;
                    shift += 7;
                } while ((x & 0x80) != 0);
                fields[id] = (int) ((v >>> 1) ^ -(v & 1));
            } else if (type == 12) {
                i32Fields(b, pos, 8); // nested data page header
            }
        }
    }

    @Test
    void writesMagicFooterAndPlainPagesThatReadBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParquetTable.write(List.of("actor", "action"), List.of(List.of("Ålesund", "CONSULT"), List.of("Lima", "AID")), out);
        byte[] b = out.toByteArray();
        assertEquals("PAR1", new String(b, 0, 4, StandardCharsets.US_ASCII));
        assertEquals("PAR1", new String(b, b.length - 4, 4, StandardCharsets.US_ASCII));
        int footer = ByteBuffer.wrap(b, b.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        String meta = new String(b, b.length - 8 - footer, footer, StandardCharsets.ISO_8859_1);
        assertTrue(meta.contains("actor") && meta.contains("action") && meta.contains("schema"));
        int[] pos = {4};
        int[] header = i32Fields(b, pos, 8);
        assertEquals(0, header[1], "a data page");
        int size = header[2];
        ByteBuffer values = ByteBuffer.wrap(b, pos[0], size).order(ByteOrder.LITTLE_ENDIAN);
        int n = values.getInt();
        byte[] first = new byte[n];
        values.get(first);
        assertEquals("Ålesund", new String(first, StandardCharsets.UTF_8));
        int m = values.getInt();
        byte[] second = new byte[m];
        values.get(second);
        assertEquals("Lima", new String(second, StandardCharsets.UTF_8));
        assertEquals(size, 4 + n + 4 + m);
    }
}
