package io.storyline.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work on the store's connection as one transaction: all of it is committed, or none. Work started inside
 * another transaction joins it, so a correction can store itself and every table it changes all at once, and a
 * stage's output commits with its stage state.
 */
final class Transactions {
    private Transactions() {
    }

    static void run(Connection db, Store.Work work) throws SQLException {
        if (!db.getAutoCommit()) {
            work.run(); // the enclosing transaction commits or rolls back
            return;
        }
        db.setAutoCommit(false);
        try {
            work.run();
            KillPoint.reached("store:before-commit");
            db.commit();
            KillPoint.reached("store:after-commit");
        } catch (SQLException | RuntimeException e) {
            endAfterFailure(db, e);
            throw e;
        }
        db.setAutoCommit(true);
    }

    /**
     * Rolls back and returns to autocommit, keeping {@code failure} the error reported. After some errors (a full
     * disk: SQLITE_FULL in the commit) SQLite has already rolled the transaction back itself, and then the driver's
     * rollback and the commit it issues on leaving manual mode fail with "no transaction is active", which would
     * hide why the write failed; those follow-on errors are kept as suppressed ones.
     */
    private static void endAfterFailure(Connection db, Exception failure) {
        try {
            db.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        try {
            db.setAutoCommit(true);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
