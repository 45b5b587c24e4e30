package io.storyline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

/** Makes a data folder whose store an older Storyline left: its schema stops at a given migration. */
public final class OldStores {
    private OldStores() {
    }

    public static void atVersion(Path data, int version) throws Exception {
        Files.createDirectories(data);
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME))) {
            SchemaMigrations.apply(db, data.toString(), version);
        }
    }

    public static int latestVersion() {
        return SchemaMigrations.latest();
    }
}
