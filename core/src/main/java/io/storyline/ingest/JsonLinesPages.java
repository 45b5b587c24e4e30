package io.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * Pages of a JSON Lines file, one JSON object a line (UTF-8, as JSON requires). Fields read:
 * <ul>
 *   <li>{@code html} (the page's HTML) or {@code text} (a text dump) or {@code content} (sniffed), required;</li>
 *   <li>{@code url} or {@code link}, optional;</li>
 *   <li>{@code fetched_at}, {@code crawled_at} or {@code timestamp}: ISO-8601 crawl time, optional.</li>
 * </ul>
 * Other fields are ignored. A bad line is reported as {@code file#LINE} and the rest of the file is read.
 */
final class JsonLinesPages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PageDecoder decoder;
    private final long maxPageBytes;

    JsonLinesPages(PageDecoder decoder, long maxPageBytes) {
        this.decoder = decoder;
        this.maxPageBytes = maxPageBytes;
    }

    interface Opener {
        InputStream open(Path file) throws IOException;
    }

    /** Bad lines listed one by one per file; past these, they are counted in one last failure. */
    static final int LISTED_FAILURES = 100;

    void read(Path file, Opener opener, Consumer<ReadOutcome> out) throws IOException {
        try (BoundedLines lines = new BoundedLines(opener.open(file), maxPageBytes)) {
            BoundedLines.Line line;
            int number = 0;
            long unlisted = 0;
            int listed = 0;
            while ((line = lines.next()) != null) {
                number++;
                ReadOutcome outcome;
                if (line.tooLong()) {
                    outcome = new ReadOutcome.Failed(file + "#" + number, "line of " + line.bytes()
                            + " bytes, larger than the " + (maxPageBytes >> 20) + " MB page limit; skipped");
                } else if (line.text().isBlank()) {
                    continue;
                } else {
                    outcome = page(file + "#" + number, line.text());
                }
                if (outcome instanceof ReadOutcome.Failed && listed++ >= LISTED_FAILURES) {
                    unlisted++; // a file of millions of bad lines must not fill the memory with their reasons
                    continue;
                }
                out.accept(outcome);
            }
            if (unlisted > 0) {
                out.accept(new ReadOutcome.Failed(file.toString(), unlisted + " more bad lines (only the first "
                        + LISTED_FAILURES + " are listed)"));
            }
        }
    }

    private ReadOutcome page(String path, String line) {
        if (line.length() > maxPageBytes) {
            return new ReadOutcome.Failed(path, "page larger than the " + (maxPageBytes >> 20) + " MB limit");
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new ReadOutcome.Failed(path, "not a JSON object: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            return new ReadOutcome.Failed(path, "not a JSON object");
        }
        PageFormat format;
        String content;
        if (node.hasNonNull("html")) {
            format = PageFormat.HTML;
            content = node.get("html").asText();
        } else if (node.hasNonNull("text")) {
            format = PageFormat.TEXT;
            content = node.get("text").asText();
        } else if (node.hasNonNull("content")) {
            content = node.get("content").asText();
            format = PageFormats.looksLikeHtml(content) ? PageFormat.HTML : PageFormat.TEXT;
        } else {
            return new ReadOutcome.Failed(path, "no \"html\", \"text\" or \"content\" field");
        }
        try {
            // re-decode through the decoder for its empty/binary checks; JSON text is already Unicode
            String text = decoder.decode(content.getBytes(StandardCharsets.UTF_8), format, "UTF-8").text();
            return new ReadOutcome.Read(new Page(ContentId.of(text), path, firstText(node, "url", "link"), format,
                    text, "UTF-8 (JSON)", instant(firstText(node, "fetched_at", "crawled_at", "timestamp"))));
        } catch (BadPageException e) {
            return new ReadOutcome.Failed(path, e.getMessage());
        }
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            if (node.hasNonNull(field)) {
                return node.get(field).asText();
            }
        }
        return null;
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
