package io.storyline.store;

import io.storyline.clean.CleanArticle;
import io.storyline.clean.PublishedDate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Lucene index of articles, derived from the {@link Store} and rebuildable from it at any time. Each commit
 * records the store sequence number it covers, so after a crash the index catches up with exactly the
 * articles it misses; articles are keyed by id, so replaying one never duplicates it.
 */
public final class SearchIndex implements AutoCloseable {
    static final String SEQ = "storyline.seq";
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private IndexWriter writer;
    /** Reused across searches and refreshed when a commit (ours or another process') changed the index. */
    private volatile SearcherManager searchers;

    private SearchIndex(Directory directory) {
        this.directory = directory;
    }

    public static SearchIndex open(Path folder) throws IOException {
        return new SearchIndex(FSDirectory.open(folder));
    }

    /** The last store sequence number this index holds, 0 when empty. */
    public synchronized long indexedSeq() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return 0;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            String seq = reader.getIndexCommit().getUserData().get(SEQ);
            return seq == null ? 0 : Long.parseLong(seq);
        }
    }

    /** Whether another process holds the writer (an ingest in progress). */
    public synchronized boolean tryOpenWriter() throws IOException {
        if (writer != null) {
            return true;
        }
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            config.setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            return true;
        } catch (LockObtainFailedException e) {
            return false;
        }
    }

    /** Closes the writer (committed work stays), freeing the index for another process. */
    public synchronized void closeWriter() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }

    /** Adds or replaces articles and commits, recording that the index now covers the store up to {@code seq}. */
    public synchronized void index(List<StoredArticle> articles, long seq) throws IOException {
        if (!tryOpenWriter()) {
            throw new IOException("the search index is locked by another Storyline process");
        }
        try {
            for (StoredArticle stored : articles) {
                writer.updateDocument(new Term("id", stored.article().id()), document(stored.article()));
            }
            writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq)).entrySet());
            KillPoint.reached("index:before-commit");
            writer.commit();
        } catch (IOException | RuntimeException e) {
            // a failed commit (a full disk) leaves the last commit as the index, and its sequence mark tells the
            // next catch-up what to add again; closing the writer instead would try to commit once more
            abandonWriter();
            throw e;
        }
        KillPoint.reached("index:after-commit");
    }

    /** Drops the writer and whatever it has not committed, writing nothing; the index stays at its last commit. */
    public synchronized void abandonWriter() {
        if (writer != null) {
            try {
                writer.rollback();
            } catch (IOException | RuntimeException ignored) {
                // rollback only deletes files of the failed commit; one it cannot delete is ignored by readers
            }
            writer = null;
        }
    }

    /**
     * Whether the index files fail Lucene's checksums (bytes changed on disk, a torn write): a search over them
     * can throw anything, so such an index is recreated and refilled from the store. Null when sound, else why.
     */
    public synchronized String damage() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return e.toString();
        }
    }

    /**
     * Starts an empty index over whatever is on disk, without reading the old segments (which may be damaged);
     * the caller refills it from the store.
     */
    public synchronized void recreate() throws IOException {
        if (searchers != null) {
            searchers.close();
            searchers = null;
        }
        if (writer != null) {
            writer.rollback();
            writer = null;
        }
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(64);
        try {
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw new IOException("the search index is locked by another Storyline process; run 'storyline check' when it is done", e);
        }
        writer.setLiveCommitData(Map.of(SEQ, "0").entrySet());
        writer.commit();
    }

    /** Empties the index (before a rebuild from the store). */
    public synchronized void clear() throws IOException {
        if (!tryOpenWriter()) {
            throw new IOException("the search index is locked by another Storyline process");
        }
        writer.deleteAll();
        writer.setLiveCommitData(Map.of(SEQ, "0").entrySet());
        writer.commit();
    }

    public synchronized long documentCount() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return 0;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    private static Document document(CleanArticle a) {
        Document doc = new Document();
        doc.add(new StringField("id", a.id(), Field.Store.YES));
        if (a.title() != null) {
            doc.add(new TextField("title", a.title(), Field.Store.NO));
        }
        doc.add(new Field("text", a.text(), TEXT_WITH_OFFSETS));
        if (a.outlet() != null) {
            doc.add(new StringField("outlet", a.outlet().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (a.originalOutlet() != null) {
            doc.add(new StringField("outlet", a.originalOutlet().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        PublishedDate published = a.published();
        if (published != null) {
            doc.add(new LongPoint("published_first", published.firstDay().toEpochDay()));
            doc.add(new LongPoint("published_last", published.lastDay().toEpochDay()));
        }
        return doc;
    }

    /**
     * The shared searchers, made on first use; null while there is no index yet. Searches themselves run
     * unlocked and in parallel: Lucene's searchers are thread-safe, and only their creation needs the lock.
     */
    private synchronized SearcherManager searchers() throws IOException {
        if (searchers == null && DirectoryReader.indexExists(directory)) {
            searchers = new SearcherManager(directory, null);
        }
        return searchers;
    }

    /** Runs a search; a query that is not valid Lucene syntax is searched as plain words. */
    public List<SearchHit> search(SearchRequest request) throws IOException {
        SearcherManager searchers = searchers();
        if (searchers == null) {
            return List.of();
        }
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            Query query = filtered(parse(request.query()), request);
            TopDocs top = searcher.search(query, Math.max(1, request.limit()));
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                    .withMaxLength(1_000_000)
                    .build();
            String[] snippets = top.scoreDocs.length == 0 ? new String[0]
                    : highlighter.highlight("text", query, top, 2);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                String id = searcher.storedFields().document(sd.doc).get("id");
                hits.add(new SearchHit(id, sd.score, snippets[i]));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Articles most like {@code text}: candidates by Lucene's more-like-this, scored by the TF-IDF cosine of the
     * two texts so that the figure means the same whatever the query's length.
     */
    public List<Neighbour> similar(String id, String text, int limit) throws IOException {
        SearcherManager searchers = searchers();
        if (searchers == null) {
            return List.of();
        }
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[]{"text"});
            mlt.setMinDocFreq(1);
            mlt.setMinTermFreq(1);
            mlt.setMaxQueryTerms(40);
            Query like = mlt.like("text", new java.io.StringReader(text));
            Map<String, Double> vector = tfIdf(text, searcher);
            List<Neighbour> found = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(like, limit + 1).scoreDocs) {
                Document doc = searcher.storedFields().document(sd.doc);
                if (!doc.get("id").equals(id)) {
                    found.add(new Neighbour(doc.get("id"), cosine(vector, tfIdf(doc.get("text"), searcher))));
                }
            }
            found.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
            return found.size() > limit ? found.subList(0, limit) : found;
        } finally {
            searchers.release(searcher);
        }
    }

    private Map<String, Double> tfIdf(String text, IndexSearcher searcher) throws IOException {
        Map<String, Double> weights = new java.util.HashMap<>();
        try (var tokens = analyzer.tokenStream("text", text)) {
            var term = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                weights.merge(term.toString(), 1.0, Double::sum);
            }
            tokens.end();
        }
        int docs = Math.max(1, searcher.getIndexReader().numDocs());
        for (var e : weights.entrySet()) {
            int df = searcher.getIndexReader().docFreq(new Term("text", e.getKey()));
            e.setValue(e.getValue() * Math.log(1.0 + (double) docs / (1 + df)));
        }
        return weights;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (var e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        double norms = Math.sqrt(a.values().stream().mapToDouble(v -> v * v).sum())
                * Math.sqrt(b.values().stream().mapToDouble(v -> v * v).sum());
        return norms == 0 ? 0 : dot / norms;
    }

    private Query parse(String text) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[]{"title", "text"}, analyzer,
                Map.of("title", 2.0f, "text", 1.0f)) {
            @Override
            protected Query getRegexpQuery(String field, String termStr) throws ParseException {
                // "/.*[a-z]{1,99999}/" held a search thread for minutes (found by fuzzing): slashes are words here
                throw new ParseException("regular expressions are not searched");
            }
        };
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            try {
                return parser.parse(QueryParser.escape(text));
            } catch (ParseException again) {
                throw new IllegalArgumentException("cannot search for '" + text + "': " + again.getMessage(), again);
            }
        }
    }

    private static Query filtered(Query query, SearchRequest request) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        if (request.outlet() != null) {
            b.add(new TermQuery(new Term("outlet", request.outlet().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (request.from() != null) {
            b.add(LongPoint.newRangeQuery("published_last", request.from().toEpochDay(), Long.MAX_VALUE),
                    BooleanClause.Occur.FILTER);
        }
        if (request.to() != null) {
            b.add(LongPoint.newRangeQuery("published_first", Long.MIN_VALUE, request.to().toEpochDay()),
                    BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public synchronized void close() throws IOException {
        if (searchers != null) {
            searchers.close();
            searchers = null;
        }
        if (writer != null) {
            writer.close();
            writer = null;
        }
        directory.close();
    }

}
