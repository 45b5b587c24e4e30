package io.storyline.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any bytes as a WARC, JSON Lines, gzip or page file: each page read or each failure reported, naming the file;
 * the readers themselves throw only IOException (which the crawl reader turns into a named failure), and the
 * crawl reader never throws at all. Seeds under {@code CrawlFilesFuzzTestInputs/}.
 */
class CrawlFilesFuzzTest {
    private static final long MAX_PAGE = 1 << 20;

    private static Path write(byte[] bytes, String suffix) throws IOException {
        Path file = Files.createTempFile("fuzz", suffix);
        Files.write(file, bytes);
        return file;
    }

    private static void checkOutcomes(List<ReadOutcome> outcomes, Path file) {
        for (ReadOutcome outcome : outcomes) {
            assertTrue(outcome.path().startsWith(file.toString()), outcome.path());
            if (outcome instanceof ReadOutcome.Failed failed) {
                assertNotNull(failed.reason());
                assertFalse(failed.reason().isBlank());
            } else if (outcome instanceof ReadOutcome.Read read) {
                assertEquals(ContentId.of(read.page().content()), read.page().id());
            }
        }
    }

    @FuzzTest
    void anyWarcBytesAreReadOrFailWithAnIoError(byte[] bytes) throws IOException {
        Path file = write(bytes, ".warc");
        try {
            List<ReadOutcome> outcomes = new ArrayList<>();
            try {
                new WarcPages(new PageDecoder(), MAX_PAGE).read(file, outcomes::add);
            } catch (IOException reported) {
                // the crawl reader reports it as this file's failure
            }
            checkOutcomes(outcomes, file);
        } finally {
            Files.delete(file);
        }
    }

    @FuzzTest
    void anyJsonLinesBytesAreReadOrFailWithAnIoError(byte[] bytes) throws IOException {
        Path file = write(bytes, ".jsonl");
        try {
            List<ReadOutcome> outcomes = new ArrayList<>();
            CrawlReader reader = new CrawlReader(MAX_PAGE);
            try {
                new JsonLinesPages(new PageDecoder(), MAX_PAGE).read(file, reader::open, outcomes::add);
            } catch (IOException reported) {
                // the crawl reader reports it as this file's failure
            }
            checkOutcomes(outcomes, file);
        } finally {
            Files.delete(file);
        }
    }

    @FuzzTest
    void anyGzipOrPageFileIsReadOrReportedByTheCrawlReader(byte[] bytes) throws IOException {
        for (String suffix : new String[] {".jsonl.gz", ".warc.gz", ".html.gz", ".txt", ".html"}) {
            Path file = write(bytes, suffix);
            try {
                List<ReadOutcome> outcomes = new ArrayList<>();
                new CrawlReader(MAX_PAGE).read(file, outcomes::add);
                checkOutcomes(outcomes, file);
                assertFalse(outcomes.isEmpty() && suffix.equals(".txt"), "a page file gives a page or a failure");
            } finally {
                Files.delete(file);
            }
        }
    }

    private static final String[] DECLARED = {null, "utf-8", "UTF-16", "windows-1252", "iso-8859-1", "shift_jis",
            "x-no-such-charset", "", "utf-8; q=1", "UTF-32BE"};

    /** Every bytes decoded as an HTML and as a text page, with each declared charset of a short list. */
    @FuzzTest
    void anyBytesDecodeOrAreRefusedWithAReason(byte[] bytes) {
        for (String declared : DECLARED) {
            for (PageFormat format : PageFormat.values()) {
                decodes(bytes, format, declared);
            }
        }
    }

    private static void decodes(byte[] bytes, PageFormat format, String declared) {
        {
            try {
                PageDecoder.Decoded decoded = new PageDecoder().decode(bytes, format, declared);
                assertNotNull(decoded.text());
                assertNotNull(decoded.charset());
            } catch (BadPageException refused) {
                assertNotNull(refused.getMessage());
            }
        }
    }
}
