package io.storyline.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The in-process half of the disk-full case (the real full disk is {@code cli.DiskFullTest}, which needs a user
 * namespace): SQLite's own SQLITE_FULL, made by capping the file's pages ({@code PRAGMA max_page_count}, which
 * SQLite reports exactly as a full disk), must survive {@link Transactions} as the error reported and be told apart
 * from other failures.
 */
class DiskFullReasonTest {
    @TempDir
    Path tmp;

    @Test
    void aStoreThatRunsOutOfPagesReportsSqliteFullAndKeepsWhatItHad() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("full.db"))) {
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("CREATE TABLE t(b BLOB)");
                s.execute("INSERT INTO t VALUES (zeroblob(1000))");
                s.execute("PRAGMA max_page_count = 20");
            }
            SQLException failure = assertThrows(SQLException.class, () -> Transactions.run(db, () -> {
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO t VALUES (zeroblob(4096))")) {
                    for (int i = 0; i < 100; i++) {
                        insert.executeUpdate();
                    }
                }
            }));
            assertTrue(DiskFull.reason(failure).isPresent(), "the error reported is SQLITE_FULL: " + failure);
            assertTrue(db.getAutoCommit(), "the connection is usable again");
            try (Statement s = db.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM t")) {
                assertEquals(1, rs.getInt(1), "the row stored before is there, none of the failed batch");
            }
        }
    }

    @Test
    void onlyWantOfRoomIsCalledDiskFull() {
        assertTrue(DiskFull.reason(new IOException("wrapped", new FileSystemException("/d/x", null,
                DiskFull.NO_SPACE))).isPresent());
        assertTrue(DiskFull.reason(new RuntimeException(new IOException(DiskFull.NO_SPACE))).isPresent());
        assertFalse(DiskFull.reason(new IOException("Permission denied")).isPresent());
        assertFalse(DiskFull.reason(new SQLException("[SQLITE_CORRUPT] database disk image is malformed")).isPresent());
        String message = DiskFull.message(Path.of("/d"), "why");
        assertTrue(message.startsWith("/d: disk full") && message.contains("(why)")
                && message.contains("Nothing stored before was lost"), message);
    }
}
