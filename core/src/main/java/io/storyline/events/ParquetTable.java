package io.storyline.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a table as an uncompressed Parquet file: one row group, one PLAIN data page (v1) per column, each column
 * typed (UTF-8 strings, 32- and 64-bit integers, doubles, booleans, dates) and, when optional, with real nulls
 * (definition levels, RLE-encoded).
 * <p>
 * Hand-written because the Java Parquet library writes only through {@code parquet-hadoop}, whose
 * {@code ParquetWriter} still needs Hadoop's classes on the class path even with its {@code LocalOutputFile}
 * (apache/parquet-java issue #2938, still open; #2556 reported the same for reading): hundreds of megabytes of
 * dependencies for what is, for an export of events, a few hundred bytes of Thrift metadata. The Parquet artifacts
 * we found on Maven Central are parquet-java's own (parquet-hadoop, parquet-avro, parquet-column, parquet-common);
 * none writes a file without parquet-hadoop. Checked by reading the files back with DuckDB, an independent reader,
 * in tests.
 * Format: https://parquet.apache.org/docs/file-format/ (Thrift compact protocol for the metadata).
 */
public final class ParquetTable {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final int REQUIRED = 0;
    private static final int OPTIONAL = 1;
    private static final int PLAIN = 0;
    private static final int RLE = 3;

    /** The value types a column can hold, with their Parquet physical type and converted (logical) type. */
    public enum Type {
        /** UTF-8 text: BYTE_ARRAY, converted type UTF8; values are {@link CharSequence}s. */
        STRING(6, 0),
        /** 32-bit signed integer; values are {@link Number}s within int range. */
        INT32(1, -1),
        /** 64-bit signed integer; values are {@link Number}s without a fraction. */
        INT64(2, -1),
        /** IEEE 754 double; values are {@link Number}s. */
        DOUBLE(5, -1),
        /** Boolean, bit-packed; values are {@link Boolean}s. */
        BOOLEAN(0, -1),
        /** A day: INT32 days since 1970-01-01, converted type DATE; values are {@link LocalDate}s. */
        DATE(1, 6);

        final int physical;
        final int converted;

        Type(int physical, int converted) {
            this.physical = physical;
            this.converted = converted;
        }
    }

    /** One column: its name, its type, and whether it may hold nulls. */
    public record Column(String name, Type type, boolean optional) {
        public static Column required(String name, Type type) {
            return new Column(name, type, false);
        }

        public static Column optional(String name, Type type) {
            return new Column(name, type, true);
        }
    }

    private ParquetTable() {
    }

    /**
     * Writes {@code rows}, each as long as {@code columns}, a cell's value of its column's type or null (for an
     * optional column only).
     *
     * @throws IllegalArgumentException naming the row and column of a cell that does not fit its column
     */
    public static void write(List<Column> columns, List<? extends List<?>> rows, OutputStream out) throws IOException {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != columns.size()) {
                throw new IllegalArgumentException("row " + r + " has " + rows.get(r).size() + " cells for "
                        + columns.size() + " columns");
            }
        }
        Counting file = new Counting(out);
        file.write(MAGIC);
        List<long[]> chunks = new ArrayList<>(); // {data page offset, total size}
        for (int c = 0; c < columns.size(); c++) {
            byte[] page = page(columns.get(c), c, rows);
            Thrift header = new Thrift();
            header.i32(1, 0);                      // type: DATA_PAGE
            header.i32(2, page.length);            // uncompressed_page_size
            header.i32(3, page.length);            // compressed_page_size
            header.beginStruct(5);                 // data_page_header
            header.i32(1, rows.size());            // num_values, nulls included
            header.i32(2, PLAIN);                  // encoding
            header.i32(3, RLE);                    // definition_level_encoding
            header.i32(4, RLE);                    // repetition_level_encoding
            header.endStruct();
            header.stop();
            long offset = file.count;
            file.write(header.bytes());
            file.write(page);
            chunks.add(new long[] {offset, file.count - offset});
        }
        Thrift meta = new Thrift();
        meta.i32(1, 1);                                          // version
        meta.beginList(2, Thrift.STRUCT, columns.size() + 1);    // schema
        meta.beginElement();
        meta.binary(4, "schema");
        meta.i32(5, columns.size());                             // num_children
        meta.endElement();
        for (Column column : columns) {
            meta.beginElement();
            meta.i32(1, column.type().physical);
            meta.i32(3, column.optional() ? OPTIONAL : REQUIRED);
            meta.binary(4, column.name());
            if (column.type().converted >= 0) {
                meta.i32(6, column.type().converted);
            }
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
            meta.i32(1, columns.get(c).type().physical);
            meta.beginList(2, Thrift.I32, 2);                    // encodings
            meta.listI32(PLAIN);
            meta.listI32(RLE);
            meta.beginList(3, Thrift.BINARY, 1);                 // path_in_schema
            meta.listBinary(columns.get(c).name());
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

    /** A data page's body: definition levels (optional columns only), then the non-null values, PLAIN. */
    private static byte[] page(Column column, int c, List<? extends List<?>> rows) throws IOException {
        ByteArrayOutputStream values = new ByteArrayOutputStream();
        boolean[] present = new boolean[rows.size()];
        int booleans = 0;
        int bits = 0;
        for (int r = 0; r < rows.size(); r++) {
            Object v = rows.get(r).get(c);
            present[r] = v != null;
            if (v == null) {
                if (!column.optional()) {
                    throw new IllegalArgumentException("row " + r + ": column " + column.name() + " is required but empty");
                }
                continue;
            }
            try {
                switch (column.type()) {
                    case STRING -> {
                        byte[] b = ((CharSequence) v).toString().getBytes(StandardCharsets.UTF_8);
                        writeIntLe(values, b.length);
                        values.write(b);
                    }
                    case INT32 -> writeIntLe(values, Math.toIntExact(wholeNumber((Number) v)));
                    case INT64 -> writeLongLe(values, wholeNumber((Number) v));
                    case DOUBLE -> writeLongLe(values, Double.doubleToLongBits(((Number) v).doubleValue()));
                    case DATE -> writeIntLe(values, Math.toIntExact(((LocalDate) v).toEpochDay()));
                    case BOOLEAN -> {
                        if ((Boolean) v) {
                            bits |= 1 << (booleans % 8);
                        }
                        if (++booleans % 8 == 0) {
                            values.write(bits);
                            bits = 0;
                        }
                    }
                }
            } catch (ClassCastException | ArithmeticException e) {
                throw new IllegalArgumentException("row " + r + ": column " + column.name() + " holds " + column.type()
                        + ", not " + v.getClass().getSimpleName() + " " + v);
            }
        }
        if (booleans % 8 != 0) {
            values.write(bits);
        }
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        if (column.optional()) {
            byte[] levels = definitionLevels(present);
            writeIntLe(page, levels.length);
            page.write(levels);
        }
        values.writeTo(page);
        return page.toByteArray();
    }

    private static long wholeNumber(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (d != Math.rint(d) || Double.isInfinite(d)) {
                throw new ArithmeticException("not a whole number");
            }
        }
        return n.longValue();
    }

    /**
     * Definition levels of a flat optional column (1 = a value, 0 = null) in the RLE/bit-packed hybrid encoding,
     * as RLE runs only: each run is a varint header (length shifted left once) and the level in one byte.
     */
    static byte[] definitionLevels(boolean[] present) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < present.length) {
            int j = i;
            while (j < present.length && present[j] == present[i]) {
                j++;
            }
            varint(out, (long) (j - i) << 1);
            out.write(present[i] ? 1 : 0);
            i = j;
        }
        return out.toByteArray();
    }

    /** An unsigned LEB128 varint, as both Thrift's compact protocol and the RLE run headers use. */
    private static void varint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static void writeLongLe(OutputStream out, long v) throws IOException {
        writeIntLe(out, (int) v);
        writeIntLe(out, (int) (v >>> 32));
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
            ParquetTable.varint(out, v);
        }
    }
}
