package io.storyline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrawlReaderTest {
    private static final String ARTICLE = "A storm hit the coast on Monday, officials said.\n";

    @TempDir
    Path dir;

    private List<ReadOutcome> read(Path file) {
        List<ReadOutcome> out = new ArrayList<>();
        new CrawlReader().read(file, out::add);
        return out;
    }

    private static Page page(ReadOutcome outcome) {
        return assertInstanceOf(ReadOutcome.Read.class, outcome, outcome.toString()).page();
    }

    private static String reason(ReadOutcome outcome) {
        return assertInstanceOf(ReadOutcome.Failed.class, outcome, outcome.toString()).reason();
    }

    @Test
    void samePageGetsSameIdWhateverItsFileName() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Path b = Files.writeString(dir.resolve("b.txt"), ARTICLE);
        assertEquals(page(read(a).get(0)).id(), page(read(b).get(0)).id());
        assertNotEquals(page(read(a).get(0)).id(), page(read(Files.writeString(dir.resolve("c.txt"), ARTICLE + "!")).get(0)).id());
    }

    @Test
    void sniffsHtmlInTxtFile() throws IOException {
        Path file = Files.writeString(dir.resolve("page.txt"), "<!DOCTYPE html><html><body><p>x</p></body></html>");
        assertEquals(PageFormat.HTML, page(read(file).get(0)).format());
    }

    @Test
    void findsSupportedFilesInFoldersRecursivelyInStableOrder() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/2.html"), "<p>x</p>");
        Files.writeString(dir.resolve("b/1.txt"), "x");
        Files.writeString(dir.resolve("b/notes.pdf"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        List<ReadOutcome> missing = new ArrayList<>();
        List<Path> files = CrawlReader.expand(List.of(dir, dir.resolve("nowhere")), missing::add);
        assertEquals(List.of(dir.resolve("b/1.txt"), dir.resolve("b/c/2.html")), files);
        assertEquals("no such file or folder", reason(missing.get(0)));
    }

    @Test
    void readsGzippedHtml() throws IOException {
        Path file = dir.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("<html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        Page page = page(read(file).get(0));
        assertEquals(PageFormat.HTML, page.format());
        assertTrue(page.content().contains("Hello"));
    }

    @Test
    void reportsTruncatedGzip() throws IOException {
        Path whole = dir.resolve("whole.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            out.write(ARTICLE.repeat(2000).getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(reason(read(cut).get(0)).contains("truncated or corrupt gzip"));
    }

    @Test
    void reportsEmptyFile() throws IOException {
        assertEquals("empty page", reason(read(Files.writeString(dir.resolve("empty.txt"), "")).get(0)));
    }

    @Test
    void reportsBinaryFile() throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        assertTrue(reason(read(Files.write(dir.resolve("image.html"), bytes)).get(0)).contains("binary"));
    }

    @Test
    void refusesFiftyMegabyteFileWithoutReadingItAll() throws IOException {
        Path big = dir.resolve("huge.txt");
        byte[] line = (ARTICLE).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L << 20; written += line.length) {
                out.write(line);
            }
        }
        assertTrue(reason(read(big).get(0)).contains("larger than the 32 MB limit"));
    }

    @Test
    void reportsUnsupportedFileNamedExplicitly() throws IOException {
        assertTrue(reason(read(Files.writeString(dir.resolve("x.pdf"), "x")).get(0)).contains("unsupported file type"));
    }

    @Test
    void readsJsonLinesAndReportsTheBadLineOnly() throws IOException {
        Path file = Files.writeString(dir.resolve("crawl.jsonl"), String.join("\n",
                "{\"url\":\"https://example.org/a\",\"html\":\"<p>First</p>\",\"fetched_at\":\"2024-04-05T10:00:00Z\"}",
                "{not json",
                "{\"url\":\"https://example.org/b\",\"text\":\"Second page\"}",
                "{\"url\":\"https://example.org/c\"}",
                ""));
        List<ReadOutcome> out = read(file);
        assertEquals(4, out.size());
        Page first = page(out.get(0));
        assertEquals(file + "#1", first.path());
        assertEquals("https://example.org/a", first.url());
        assertEquals(PageFormat.HTML, first.format());
        assertEquals(Instant.parse("2024-04-05T10:00:00Z"), first.fetchedAt());
        assertTrue(reason(out.get(1)).startsWith("not a JSON object"));
        assertEquals(PageFormat.TEXT, page(out.get(2)).format());
        assertNull(page(out.get(2)).fetchedAt());
        assertTrue(reason(out.get(3)).contains("no \"html\""));
    }

    @Test
    void readsWarcResponsesAndKeepsPagesBeforeABrokenRecord() throws IOException {
        Path file = dir.resolve("crawl.warc");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
            writer.write(response("https://example.org/one", "<html><body><p>Caf\u00e9 one</p></body></html>", "ISO-8859-1"));
            writer.write(response("https://example.org/two", "<html><body><p>Two</p></body></html>", "UTF-8"));
        }
        Files.write(file, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nonsense\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                java.nio.file.StandardOpenOption.APPEND);
        List<ReadOutcome> out = read(file);
        assertEquals(3, out.size(), out.toString());
        Page one = page(out.get(0));
        assertEquals("https://example.org/one", one.url());
        assertTrue(one.content().contains("Caf\u00e9 one"), one.content());
        assertTrue(one.path().startsWith(file + "#"));
        assertEquals(Instant.parse("2024-01-02T03:04:05Z"), one.fetchedAt());
        assertTrue(page(out.get(1)).content().contains("Two"));
        assertTrue(reason(out.get(2)).startsWith("broken WARC record"));
    }

    @Test
    void everyRecordOfAWarcFileGetsItsOwnPath() throws IOException {
        Path file = dir.resolve("three.warc");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
            for (String n : List.of("one", "two", "three")) {
                writer.write(response("https://example.org/" + n, "<html><body><p>Page " + n + "</p></body></html>", "UTF-8"));
            }
        }
        List<String> paths = read(file).stream().map(o -> page(o).path()).toList();
        assertEquals(3, paths.stream().distinct().count(), paths.toString());
        assertEquals(file + "#0", paths.get(0));
    }

    @Test
    void aFifoNamedOnTheCommandLineIsRefusedNotWaitedOn() throws Exception {
        Path fifo = dir.resolve("pipe.html");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        List<ReadOutcome> failed = new ArrayList<>();
        List<Path> files = CrawlReader.expand(List.of(fifo), failed::add);
        assertTrue(files.isEmpty());
        assertTrue(reason(failed.get(0)).startsWith("not a regular file"), failed.toString());
    }

    private static WarcResponse response(String url, String html, String charset) throws IOException {
        byte[] body = html.getBytes(java.nio.charset.Charset.forName(charset));
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=" + charset), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-01-02T03:04:05Z"))
                .body(http).build();
    }
}
