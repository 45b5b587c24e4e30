package io.storyline.store;

import io.storyline.clean.CleanArticle;
import io.storyline.clean.Granularity;
import io.storyline.clean.PublishedDate;
import io.storyline.ingest.ContentId;
import io.storyline.ingest.Page;
import io.storyline.ingest.PageFormat;
import io.storyline.nlp.Annotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusTest {
    @TempDir
    Path data;

    static Page page(String text) {
        return new Page(ContentId.of(text), "mem/" + ContentId.of(text) + ".txt", null, PageFormat.TEXT, text, "UTF-8", null);
    }

    static Arrival arrival(Page page, String outlet, String published) {
        return new Arrival(page, article(page, outlet, published), Annotations.NONE);
    }

    static CleanArticle article(Page page, String outlet, String published) {
        PublishedDate date = published == null ? null : new PublishedDate(published,
                published.length() == 7 ? Granularity.MONTH : Granularity.DAY, "test", 1.0);
        return new CleanArticle(page.id(), page.path(), null, "Title of " + page.id(), outlet, null, null, "en", date,
                page.content(), List.of(), null, java.util.Map.of());
    }

    @Test
    void savingTheSamePageTwiceStoresItOnceAndRemembersBothPlaces() throws Exception {
        Page p = page("The council voted on Tuesday to close the bridge.");
        Page samePageElsewhere = new Page(p.id(), "mirror/copy.txt", null, p.format(), p.content(), p.charset(), null);
        try (Corpus corpus = Corpus.open(data)) {
            assertEquals(1, corpus.add(List.of(arrival(p, null, null))));
            assertEquals(0, corpus.add(List.of(Arrival.seenAgain(samePageElsewhere))));
            assertEquals(1, corpus.store().pageCount());
            assertEquals(List.of(p.path(), "mirror/copy.txt"), corpus.store().sources(p.id()));
            assertEquals(1, corpus.index().documentCount());
        }
    }

    @Test
    void storeRecordsItsSchemaVersion() throws Exception {
        try (Corpus ignored = Corpus.open(data)) {
            // opening creates the schema
        }
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME));
             var rs = db.createStatement().executeQuery("PRAGMA user_version")) {
            assertEquals(SchemaMigrations.latest(), rs.getInt(1));
        }
    }

    @Test
    void indexCatchesUpWithArticlesStoredWhileItWasBehind() throws Exception {
        Page a = page("Floods closed the northern road.");
        Page b = page("Farmers protested in the capital against the new tax.");
        try (Store store = Store.open(data)) {
            // as after a crash between the store's commit and the index's
            store.save(List.of(arrival(a, null, null), arrival(b, null, null)));
        }
        try (Corpus corpus = Corpus.open(data)) {
            assertEquals(2, corpus.index().documentCount());
            assertEquals(corpus.store().maxSeq(), corpus.index().indexedSeq());
        }
    }

    @Test
    void unreadableIndexIsRebuiltFromTheStore() throws Exception {
        Page a = page("Rain is expected across the region this weekend.");
        try (Corpus corpus = Corpus.open(data)) {
            corpus.add(List.of(arrival(a, null, null)));
        }
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(f, new byte[]{1, 2, 3});
            }
        }
        try (Corpus corpus = Corpus.open(data)) {
            assertEquals(1, corpus.index().documentCount());
            assertEquals(1, corpus.index().search(new SearchRequest("rain", 5, null, null, null)).size());
        }
    }

    @Test
    void searchFiltersByOutletAndByOverlapOfThePublicationPeriod() throws Exception {
        Page april = page("The minister visited the port in April.");
        Page june = page("The minister visited the port again in June.");
        try (Corpus corpus = Corpus.open(data)) {
            corpus.add(List.of(arrival(april, "Harbour Times", "2024-04"), arrival(june, "Coast News", "2024-06-12")));
            SearchIndex index = corpus.index();
            assertEquals(2, index.search(new SearchRequest("minister port", 10, null, null, null)).size());
            assertEquals(List.of(april.id()), ids(index.search(new SearchRequest("minister", 10, null, null, "harbour times"))));
            assertEquals(List.of(april.id()), ids(index.search(new SearchRequest("minister", 10,
                    LocalDate.parse("2024-04-30"), LocalDate.parse("2024-05-31"), null))));
            assertEquals(List.of(june.id()), ids(index.search(new SearchRequest("\"port again\"", 10, null, null, null))));
            String snippet = index.search(new SearchRequest("visited", 10, null, null, "coast news")).get(0).snippet();
            assertTrue(snippet.contains("<b>visited</b>"), snippet);
        }
    }

    @Test
    void snippetsEscapePageMarkup() throws Exception {
        Page hostile = page("Officials said <script>alert(1)</script> nothing about the vote.");
        try (Corpus corpus = Corpus.open(data)) {
            corpus.add(List.of(arrival(hostile, null, null)));
            String snippet = corpus.index().search(new SearchRequest("vote", 1, null, null, null)).get(0).snippet();
            assertTrue(snippet.contains("&lt;script&gt;") && !snippet.contains("<script>"), snippet);
        }
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }
}
