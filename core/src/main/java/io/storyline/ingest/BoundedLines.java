package io.storyline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Lines of a stream, each read only up to a byte limit: a longer line is skipped to its end without being held,
 * so one multi-gigabyte line (a gzip bomb) costs time, never memory. {@code BufferedReader.readLine} holds the
 * whole line before anyone can look at its length.
 */
final class BoundedLines implements Closeable {
    /** One line: its text, or, when it ran past the limit, null text and the bytes it had. */
    record Line(String text, long bytes) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final InputStream in;
    private final long maxBytes;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    BoundedLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line (without its line break), or null at the end of the stream. */
    Line next() throws IOException {
        line.reset();
        long length = 0;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (length == 0) {
                        return null;
                    }
                    break;
                }
            }
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int chunk = end - position;
            if (length + chunk <= maxBytes) {
                line.write(buffer, position, chunk);
            }
            length += chunk;
            boolean found = end < limit;
            position = found ? end + 1 : end;
            if (found) {
                if (length == 0) {
                    return new Line("", 0);
                }
                break;
            }
        }
        if (length > maxBytes) {
            line.reset();
            return new Line(null, length);
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return new Line(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text, length);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
