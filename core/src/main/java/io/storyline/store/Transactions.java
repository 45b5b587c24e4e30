package io.storyline.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work on the store's connection as one transaction: all of it is committed, or none. */
final class Transactions {
    @FunctionalInterface
    interface Work {
        void run() throws SQLException;
    }

    private Transactions() {
    }

    static void run(Connection db, Work work) throws SQLException {
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
