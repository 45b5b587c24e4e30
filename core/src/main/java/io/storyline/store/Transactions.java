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
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }
}
