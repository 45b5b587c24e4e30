package io.storyline.crawl;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The WARC file of one crawl run (jwarc, one gzip member per record, as ingest and every WARC tool read): a
 * request, a response and a metadata record per page. A run never appends to an earlier file; on opening, any
 * earlier file is cut back to the length the ledger last recorded as complete, so a crawl killed mid-record
 * leaves no broken record behind.
 */
final class WarcArchive implements AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final FileChannel channel;
    private final WarcWriter writer;
    private final String name;

    private WarcArchive(Path file) throws IOException {
        this.name = file.getFileName().toString();
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        this.writer = new WarcWriter(channel, WarcCompression.GZIP);
    }

    /** Repairs what an interrupted run left and opens a new file for this run. */
    static WarcArchive open(Path folder, CrawlLedger ledger, String software) throws IOException, SQLException {
        Files.createDirectories(folder);
        repair(folder, ledger);
        WarcArchive archive = new WarcArchive(folder.resolve("crawl-" + STAMP.format(Instant.now()) + ".warc.gz"));
        Warcinfo info = new Warcinfo.Builder().date(Instant.now())
                .fields(Map.of("software", List.of(software), "format", List.of("WARC File Format 1.1")))
                .build();
        archive.writer.write(info);
        ledger.markSafe(archive.name, archive.writer.position());
        return archive;
    }

    private static void repair(Path folder, CrawlLedger ledger) throws IOException, SQLException {
        Map<String, Long> safe = ledger.safeLengths();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("crawl-.*\\.warc\\.gz")).toList()) {
                Long length = safe.get(file.getFileName().toString());
                if (length == null) {
                    Files.delete(file); // created, but killed before even its warcinfo record was recorded
                } else if (Files.size(file) > length) {
                    try (FileChannel cut = FileChannel.open(file, StandardOpenOption.WRITE)) {
                        cut.truncate(length);
                    }
                }
            }
        }
    }

    String name() {
        return name;
    }

    /** Archives one fetched page; returns the file's length once the three records are written. */
    synchronized long write(Fetch fetch, String userAgent, String foundIn) throws IOException {
        HttpRequest httpRequest = new HttpRequest.Builder("GET", pathOf(fetch))
                .addHeader("Host", fetch.landed().getRawAuthority())
                .addHeader("User-Agent", userAgent).build();
        WarcRequest request = new WarcRequest.Builder(fetch.landed()).date(fetch.at()).body(httpRequest).build();
        HttpResponse.Builder httpResponse = new HttpResponse.Builder(fetch.status(), "OK");
        fetch.headers().forEach((header, values) -> {
            // the body is stored decoded and whole: transfer and content encodings no longer apply to it
            if (!header.equals("transfer-encoding") && !header.equals("content-encoding")
                    && !header.equals("content-length")) {
                values.forEach(value -> httpResponse.addHeader(header, value));
            }
        });
        String type = fetch.contentType().isBlank() ? "application/octet-stream" : fetch.contentType();
        httpResponse.body(MediaType.parse(type), fetch.body());
        WarcResponse response = new WarcResponse.Builder(fetch.landed()).date(fetch.at())
                .concurrentTo(request.id()).body(httpResponse.build()).build();
        WarcMetadata metadata = new WarcMetadata.Builder().targetURI(fetch.landed()).date(fetch.at())
                .concurrentTo(response.id())
                .body(MediaType.parse("application/warc-fields"), fields(fetch, foundIn))
                .build();
        writer.write(request);
        writer.write(response);
        writer.write(metadata);
        channel.force(false);
        return writer.position();
    }

    private static byte[] fields(Fetch fetch, String foundIn) {
        StringBuilder text = new StringBuilder();
        if (foundIn != null) {
            text.append("via: ").append(foundIn).append("\r\n");
        }
        if (!fetch.requested().equals(fetch.landed())) {
            text.append("redirected-from: ").append(fetch.requested()).append("\r\n");
        }
        text.append("fetch-outcome: ").append(fetch.reason()).append("\r\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String pathOf(Fetch fetch) {
        String path = fetch.landed().getRawPath();
        String query = fetch.landed().getRawQuery();
        return (path == null || path.isEmpty() ? "/" : path) + (query == null ? "" : "?" + query);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
