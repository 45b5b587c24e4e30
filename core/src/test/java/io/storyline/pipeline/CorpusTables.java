package io.storyline.pipeline;

import io.storyline.store.Store;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** What a data folder holds, read straight from its SQLite file and its Lucene index, in a stable order. */
final class CorpusTables {
    private CorpusTables() {
    }

    /** Every row of the corpus-wide tables. */
    static Map<String, List<String>> corpusWide(Path data) throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("dates", "SELECT page_id || '|' || coalesce(published, '') || '|' || coalesce(published_granularity, '')"
                + " FROM articles ORDER BY page_id");
        queries.put("copies", "SELECT article_id || '|' || coalesce(copy_of, '') || '|' || kind || '|' || score || '|'"
                + " || evidence || '|' || substitutions FROM copies ORDER BY article_id");
        queries.put("entities", "SELECT id || '|' || json FROM entities ORDER BY id");
        queries.put("mentions", "SELECT article_id || '|' || mention || '|' || entity_id FROM entity_mentions"
                + " ORDER BY article_id, mention");
        queries.put("stories", "SELECT id || '|' || json FROM stories ORDER BY id");
        queries.put("events", "SELECT id || '|' || json FROM events ORDER BY id");
        return rows(data, queries);
    }

    /** Pages and articles: the ids, in order, including duplicates if there were any. */
    static Map<String, List<String>> pages(Path data) throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("pages", "SELECT id FROM pages ORDER BY id");
        queries.put("articles", "SELECT page_id FROM articles ORDER BY page_id");
        return rows(data, queries);
    }

    /** The article ids the search index holds (live documents), sorted; duplicates kept. */
    static List<String> indexedIds(Path data) throws Exception {
        List<String> ids = new ArrayList<>();
        try (var directory = FSDirectory.open(data.resolve("index")); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                var stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        ids.add(stored.document(doc).get("id"));
                    }
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    static boolean distinct(List<String> values) {
        return new TreeSet<>(values).size() == values.size();
    }

    private static Map<String, List<String>> rows(Path data, Map<String, String> queries) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME))) {
            for (var q : queries.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (var rs = db.createStatement().executeQuery(q.getValue())) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                out.put(q.getKey(), rows);
            }
        }
        return out;
    }
}
