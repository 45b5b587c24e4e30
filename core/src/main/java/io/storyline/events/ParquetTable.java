package io.storyline.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a table of strings as an uncompressed Parquet file: one row group, one PLAIN data page (v1) per column,
 * every column a required UTF-8 BYTE_ARRAY. Hand-written because the Java Parquet library needs Hadoop on the class
 * path (hundreds of megabytes) for what is, for an export of events, a few hundred bytes of Thrift metadata.
 * Format: https://parquet.apache.org/docs/file-format/ (Thrift compact protocol for the metadata).
 */
public final class ParquetTable {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final int TYPE_BYTE_ARRAY = 6;
    private static final int REQUIRED = 0;
    private static final int CONVERTED_UTF8 = 0;
    private static final int PLAIN = 0;
    private static final int RLE = 3;

    private ParquetTable() {
    }

    /** Writes {@code rows} (each as long as {@code columns}; null cells become empty strings). */
    public static void write(List<String> columns, List<List<String>> rows, OutputStream out) throws IOException {
        Counting file = new Counting(out);
        file.write(MAGIC);
        List<long[]> chunks = new ArrayList<>(); // {data page offset, total size}
        for (int c = 0; c < columns.size(); c++) {
            ByteArrayOutputStream values = new ByteArrayOutputStream();
            for (List<String> row : rows) {
                byte[] v = (row.get(c) == null ? "" : row.get(c)).getBytes(StandardCharsets.UTF_8);
                writeIntLe(values, v.length);
                values.write(v);
            }
            Thrift header = new Thrift();
            header.i32(1, 0);                      // type: DATA_PAGE
            header.i32(2, values.size());          // uncompressed_page_size
            header.i32(3, values.size());          // compressed_page_size
            header.beginStruct(5);                 // data_page_header
            header.i32(1, rows.size());            // num_values
            header.i32(2, PLAIN);                  // encoding
            header.i32(3, RLE);                    // definition_level_encoding
            header.i32(4, RLE);                    // repetition_level_encoding
            header.endStruct();
            header.stop();
            long offset = file.count;
            file.write(header.bytes());
            values.writeTo(file);
            chunks.add(new long[] {offset, file.count - offset});
        }
        Thrift meta = new Thrift();
        meta.i32(1, 1);                                          // version
        meta.beginList(2, Thrift.STRUCT, columns.size() + 1);    // schema
        meta.beginElement();
        meta.binary(4, "schema");
        meta.i32(5, columns.size());                             // num_children
        meta.endElement();
        for (String column : columns) {
            meta.beginElement();
            meta.i32(1, TYPE_BYTE_ARRAY);
            meta.i32(3, REQUIRED);
            meta.binary(4, column);
            meta.i32(6, CONVERTED_UTF8);
            meta.endElement();
        }
        meta.i64(3, rows.size());                                // num_rows
        meta.beginList(4, Thrift.STRUCT, 1);                     // row_groups
        meta.beginElement();
        meta.beginList(1, Thrift.STRUCT, columns.size());        // columns
        long total = 0;
        for (int c = 0; c < columns.size(); c++) {
            long[] chunk = chunks.get(c);
            total += chunk[1];
            meta.beginElement();
            meta.i64(2, chunk[0]);                               // file_offset
            meta.beginStruct(3);                                 // meta_data
            meta.i32(1, TYPE_BYTE_ARRAY);
            meta.beginList(2, Thrift.I32, 2);                    // encodings
            meta.listI32(PLAIN);
            meta.listI32(RLE);
            meta.beginList(3, Thrift.BINARY, 1);                 // path_in_schema
            meta.listBinary(columns.get(c));
            meta.i32(4, 0);                                      // codec: UNCOMPRESSED
            meta.i64(5, rows.size());                            // num_values
            meta.i64(6, chunk[1]);                               // total_uncompressed_size
            meta.i64(7, chunk[1]);                               // total_compressed_size
            meta.i64(9, chunk[0]);                               // data_page_offset
            meta.endStruct();
            meta.endElement();
        }
        meta.i64(2, total);                                      // total_byte_size
        meta.i64(3, rows.size());                                // num_rows
        meta.endElement();
        meta.binary(6, "storyline");                             // created_by
        meta.stop();
        byte[] footer = meta.bytes();
        file.write(footer);
        writeIntLe(file, footer.length);
        file.write(MAGIC);
        file.flush();
    }

    private static void writeIntLe(OutputStream out, int v) throws IOException {
        out.write(v & 0xFF);
        out.write((v >>> 8) & 0xFF);
        out.write((v >>> 16) & 0xFF);
        out.write((v >>> 24) & 0xFF);
    }

    /** An output stream that counts the bytes written, for the offsets the footer records. */
    private static final class Counting extends OutputStream {
        private final OutputStream out;
        long count;

        Counting(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }

    /** The Thrift compact protocol, as much of it as the Parquet metadata needs. */
    static final class Thrift {
        static final int I32 = 5;
        static final int I64 = 6;
        static final int BINARY = 8;
        static final int LIST = 9;
        static final int STRUCT = 12;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final java.util.ArrayDeque<Integer> lastIds = new java.util.ArrayDeque<>();
        private int lastId;

        void i32(int id, int v) {
            field(id, I32);
            varint(zigzag(v));
        }

        void i64(int id, long v) {
            field(id, I64);
            varint(zigzag(v));
        }

        void binary(int id, String s) {
            field(id, BINARY);
            listBinary(s);
        }

        void beginStruct(int id) {
            field(id, STRUCT);
            lastIds.push(lastId);
            lastId = 0;
        }

        void endStruct() {
            stop();
            lastId = lastIds.pop();
        }

        void beginList(int id, int elementType, int size) {
            field(id, LIST);
            if (size < 15) {
                out.write((size << 4) | elementType);
            } else {
                out.write(0xF0 | elementType);
                varint(size);
            }
        }

        /** A struct inside a list: fields count from zero again. */
        void beginElement() {
            lastIds.push(lastId);
            lastId = 0;
        }

        void endElement() {
            stop();
            lastId = lastIds.pop();
        }

        void listI32(int v) {
            varint(zigzag(v));
        }

        void listBinary(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            out.write(b, 0, b.length);
        }

        void stop() {
            out.write(0);
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void field(int id, int type) {
            int delta = id - lastId;
            if (delta > 0 && delta <= 15) {
                out.write((delta << 4) | type);
            } else {
                out.write(type);
                varint(zigzag(id));
            }
            lastId = id;
        }

        private static long zigzag(long v) {
            return (v << 1) ^ (v >> 63);
        }

        private void varint(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }
    }
}
