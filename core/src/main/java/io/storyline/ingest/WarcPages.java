package io.storyline.ingest;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Pages of a WARC file (gzipped or not) read with jwarc: response and resource records whose payload is HTML
 * or text. A record's path is {@code file#OFFSET}. A broken record ends the file, since WARC has no marker to
 * resynchronise on, but every page read before it is kept.
 */
final class WarcPages {
    private final PageDecoder decoder;
    private final long maxPageBytes;

    WarcPages(PageDecoder decoder, long maxPageBytes) {
        this.decoder = decoder;
        this.maxPageBytes = maxPageBytes;
    }

    void read(Path file, Consumer<ReadOutcome> out) throws IOException {
        try (WarcReader reader = new WarcReader(file)) {
            reader.onWarning(message -> { });
            long index = 0;
            while (true) {
                index++;
                String path = file + "#" + index; // until the record is read, only its number is known
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (ParsingException | java.io.EOFException | java.util.zip.ZipException | RuntimeException e) {
                    // jwarc throws unchecked exceptions too (e.g. on a non-numeric Content-Length)
                    out.accept(new ReadOutcome.Failed(path, "broken WARC record, rest of file skipped: " + e));
                    return;
                }
                if (next.isEmpty()) {
                    return;
                }
                // jwarc's position is that of the record just read, so it is asked after next()
                path = file + "#" + reader.position();
                ReadOutcome outcome = page(path, next.get());
                if (outcome != null) {
                    out.accept(outcome);
                }
            }
        }
    }

    /** The page in a record, a failure, or null for records that hold no page (requests, metadata, images…). */
    private ReadOutcome page(String path, WarcRecord record) {
        try {
            Optional<WarcPayload> payload;
            if (record instanceof WarcResponse response) {
                payload = response.payload();
            } else if (record instanceof WarcResource resource) {
                payload = resource.payload();
            } else {
                return null;
            }
            if (payload.isEmpty()) {
                return null;
            }
            MediaType type = payload.get().type();
            String base = type.base().toString().toLowerCase(Locale.ROOT);
            PageFormat format;
            if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
                format = PageFormat.HTML;
            } else if (base.equals("text/plain")) {
                format = PageFormat.TEXT;
            } else {
                return null;
            }
            byte[] bytes;
            try (InputStream body = payload.get().body().stream()) {
                bytes = CrawlReader.readLimited(body, maxPageBytes);
            }
            String target = record instanceof WarcResponse r ? r.target() : ((WarcResource) record).target();
            PageDecoder.Decoded decoded = decoder.decode(bytes, format, type.parameters().get("charset"));
            return new ReadOutcome.Read(new Page(ContentId.of(decoded.text()), path, target, format, decoded.text(),
                    decoded.charset(), crawlTime(record)));
        } catch (BadPageException e) {
            return new ReadOutcome.Failed(path, e.getMessage());
        } catch (IOException e) {
            return new ReadOutcome.Failed(path, CrawlReader.describe(e));
        } catch (RuntimeException e) {
            // a malformed header jwarc only parses on demand costs this record, not the rest of the file
            return new ReadOutcome.Failed(path, "broken WARC record: " + e);
        }
    }

    /** The WARC-Date, or null when it is not a date (found by fuzzing): the page itself is still good. */
    private static java.time.Instant crawlTime(WarcRecord record) {
        try {
            return record.date();
        } catch (java.time.DateTimeException notADate) {
            return null;
        }
    }
}
