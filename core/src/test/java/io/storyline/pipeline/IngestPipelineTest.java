package io.storyline.pipeline;

import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.ingest.CrawlReader;
import io.storyline.store.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestPipelineTest {
    @TempDir
    Path tmp;

    private IngestReport ingest(Path data, Path... roots) throws Exception {
        try (Corpus corpus = Corpus.open(data)) {
            return new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 3).run(List.of(roots), null);
        }
    }

    @Test
    void ingestingTheSameFolderTwiceStoresNothingTwice() throws Exception {
        Path crawl = Files.createDirectories(tmp.resolve("crawl"));
        for (int i = 0; i < 7; i++) {
            Files.writeString(crawl.resolve("page" + i + ".txt"), "Headline " + i + "\n\nThe river rose by " + i
                    + " metres overnight, the agency said on Monday.\n");
        }
        Path data = tmp.resolve("data");
        IngestReport first = ingest(data, crawl);
        assertEquals(7, first.pagesAdded());
        IngestReport again = ingest(data, crawl);
        assertEquals(0, again.pagesAdded());
        assertEquals(7, again.skippedFiles());
        try (Corpus corpus = Corpus.open(data)) {
            assertEquals(7, corpus.store().pageCount());
            assertEquals(7, corpus.index().documentCount());
        }
    }

    @Test
    void badInputsAreReportedByPathAndReasonWhileTheRestIsStored() throws Exception {
        Path crawl = Files.createDirectories(tmp.resolve("crawl"));
        Files.writeString(crawl.resolve("good.txt"), "Good page\n\nParliament passed the budget on Thursday.\n");
        Files.writeString(crawl.resolve("empty.txt"), "");
        Files.write(crawl.resolve("binary.html"), new byte[]{0, 1, 2, 3, 0, 0, 9, 9, 0});
        Files.write(crawl.resolve("latin1.txt"), "Économie: le ministre a parlé à Québec.\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(crawl.resolve("utf16.html"), "\uFEFF<html><body><p>Große Pläne</p></body></html>".getBytes(StandardCharsets.UTF_16LE));
        Files.write(crawl.resolve("invalid-utf8.txt"), new byte[]{'c', 'a', 'f', (byte) 0xC3, '(', ' ', 'o', 'k', '\n'});
        Path gz = crawl.resolve("cut.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("Some long text. ".repeat(5000).getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = Files.readAllBytes(gz);
        Files.write(gz, Arrays.copyOf(bytes, bytes.length / 2));

        IngestReport report = ingest(tmp.resolve("data"), crawl);

        assertEquals(3, report.failures().size(), report.failures().toString());
        assertTrue(report.failures().stream().anyMatch(f -> f.contains("empty.txt: empty page")));
        assertTrue(report.failures().stream().anyMatch(f -> f.contains("binary.html: binary content")));
        assertTrue(report.failures().stream().anyMatch(f -> f.contains("cut.txt.gz: truncated or corrupt gzip")));
        assertEquals(4, report.pagesAdded());
    }

    @Test
    void aFileThatFailedIsReadAgainNextTimeButItsGoodPagesAreNotStoredTwice() throws Exception {
        Path jsonl = Files.writeString(tmp.resolve("crawl.jsonl"),
                "{\"text\":\"First page about the election.\"}\n{broken\n{\"text\":\"Second page about the vote.\"}\n");
        Path data = tmp.resolve("data");
        assertEquals(2, ingest(data, jsonl).pagesAdded());
        IngestReport again = ingest(data, jsonl);
        assertEquals(0, again.skippedFiles());
        assertEquals(1, again.failures().size());
        assertEquals(0, again.pagesAdded());
    }

    @Test
    void aLineRecurringOnManyPagesOfTheCrawlIsDroppedAsSiteFurniture() throws Exception {
        Path crawl = Files.createDirectories(tmp.resolve("crawl"));
        String footer = "Brought to you by the Harbour Town Courier desk";
        for (int i = 0; i < 12; i++) {
            Files.writeString(crawl.resolve("page" + i + ".txt"), "Storm report number " + i + "\n\n"
                    + "The river rose by " + i + " metres overnight after heavy rain, the agency said on Monday.\n"
                    + "Residents of " + (i * 7) + " houses were moved to schools and sports halls by the army.\n"
                    + footer + "\n");
        }
        Path data = tmp.resolve("data");
        ingest(data, crawl);
        Path later = Files.writeString(tmp.resolve("later.txt"), "Bridge reopens\n\n"
                + "The northern bridge reopened on Friday after three weeks of repairs, the city council said.\n"
                + "Traffic was slow but steady through the afternoon as commuters returned to the route.\n"
                + footer + "\n");
        ingest(data, later);
        try (Corpus corpus = Corpus.open(data)) {
            var article = corpus.store().articlesAfter(12, 1).get(0).article();
            assertTrue(article.text().contains("The northern bridge reopened"), article.text());
            assertTrue(!article.text().contains(footer), article.text());
            assertTrue(article.removed().stream().anyMatch(r -> r.block().equals(footer)
                    && r.reason().equals("recurring-line")), article.removed().toString());
        }
    }
}
