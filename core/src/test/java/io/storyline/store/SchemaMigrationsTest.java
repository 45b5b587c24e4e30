package io.storyline.store;

import io.storyline.nlp.Annotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaMigrationsTest {
    @TempDir
    Path data;

    @Test
    void storeLeftByTheFirstSchemaIsUpgradedInPlaceAndKeepsItsArticles() throws Exception {
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME))) {
            SchemaMigrations.apply(db, "test", 1);
            db.createStatement().execute("INSERT INTO pages(id, path, format, content, ingested_at) "
                    + "VALUES ('abc', 'old.txt', 'TEXT', 'Old page', '2024-01-01T00:00:00Z')");
            db.createStatement().execute("INSERT INTO articles(page_id, text, removed) VALUES ('abc', 'Old page', '[]')");
        }
        try (Store store = Store.open(data)) {
            var article = store.article("abc").orElseThrow();
            assertEquals("Old page", article.article().text());
            assertEquals(Annotations.NONE, article.annotations());
        }
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME));
             var rs = db.createStatement().executeQuery("PRAGMA user_version")) {
            assertEquals(SchemaMigrations.latest(), rs.getInt(1));
        }
    }

    @Test
    void storeFromANewerStorylineIsRefusedNotMisread() throws Exception {
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME))) {
            db.createStatement().execute("PRAGMA user_version = 999");
        }
        SQLException e = assertThrows(SQLException.class, () -> Store.open(data));
        assertTrue(e.getMessage().contains("newer than this Storyline"), e.getMessage());
    }
}
