package io.storyline.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work on the store's connection as one transaction: all of it is committed, or none. Work run inside
 * another transaction joins it, so a stage's output and its stage state commit together.
 */
public final class Transactions {
    @FunctionalInterface
    public interface Work {
        void run() throws SQLException;
    }

    private Transactions() {
    }

    static void run(Connection db, Work work) throws SQLException {
        if (!db.getAutoCommit()) { // already inside a transaction (a stage's output with its state): part of it
            work.run();
            return;
        }
        db.setAutoCommit(false);
        try {
            work.run();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }
}
