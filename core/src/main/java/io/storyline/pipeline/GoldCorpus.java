package io.storyline.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.ingest.CrawlReader;
import io.storyline.store.Corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The articles a gold file names, ingested into a fresh corpus in a temporary folder through the ordinary
 * ingest (clean, annotate, copies, entities, stories, events), so evaluators score what users would get.
 * Gold names documents by their path under a data root: HTML pages are ingested as they are, TimeML files
 * ({@code .tml}) as the page their TITLE, creation time and TEXT make.
 */
public final class GoldCorpus implements AutoCloseable {
    private static final String GOLD_URL = "gold:";
    private final Path folder;
    private final Corpus corpus;
    private final Map<String, String> articleOfDoc;

    private GoldCorpus(Path folder, Corpus corpus, Map<String, String> articleOfDoc) {
        this.folder = folder;
        this.corpus = corpus;
        this.articleOfDoc = articleOfDoc;
    }

    /**
     * Ingests the documents, in the order given (the order of arrival stories are grouped in).
     *
     * @throws IOException naming the document when one is missing or unreadable
     */
    public static GoldCorpus ingest(Path root, Collection<String> docs) throws IOException, SQLException {
        Path folder = Files.createTempDirectory("storyline-gold");
        Path crawl = folder.resolve("gold.jsonl");
        ObjectMapper json = new ObjectMapper();
        try (Writer out = Files.newBufferedWriter(crawl, StandardCharsets.UTF_8)) {
            for (String doc : new LinkedHashSet<>(docs)) {
                Path file = root.resolve(doc);
                if (!Files.isRegularFile(file)) {
                    throw new IOException(file + ": the gold names this document, but there is no such file");
                }
                ObjectNode line = json.createObjectNode();
                line.put("url", GOLD_URL + doc);
                line.put("html", doc.endsWith(".tml") ? TimeMlPage.html(file, doc) : Files.readString(file));
                out.write(json.writeValueAsString(line));
                out.write('\n');
            }
        }
        Corpus corpus = Corpus.open(folder.resolve("data"));
        try {
            IngestReport report = new IngestPipeline(corpus, new CrawlReader(64L << 20), new ArticleCleaner(), 64)
                    .run(List.of(crawl), null);
            if (!report.failures().isEmpty()) {
                throw new IOException("gold documents failed to ingest: " + report.failures());
            }
            Map<String, String> articleOfDoc = new LinkedHashMap<>();
            corpus.store().forEachArticle(stored -> {
                String url = stored.article().url();
                if (url != null && url.startsWith(GOLD_URL)) {
                    articleOfDoc.put(url.substring(GOLD_URL.length()), stored.article().id());
                }
            });
            return new GoldCorpus(folder, corpus, articleOfDoc);
        } catch (IOException | SQLException | RuntimeException e) {
            corpus.close();
            delete(folder);
            throw e;
        }
    }

    public Corpus corpus() {
        return corpus;
    }

    /** The stored article of a gold document, or null when it was not stored. */
    public String articleOf(String doc) {
        return articleOfDoc.get(doc);
    }

    @Override
    public void close() throws IOException, SQLException {
        try {
            corpus.close();
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
