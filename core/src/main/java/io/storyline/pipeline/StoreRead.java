package io.storyline.pipeline;

import java.sql.SQLException;

/**
 * A store read made inside a callback that cannot throw {@link SQLException} (the copy detector asks for texts and
 * word counts as it goes): the failure travels as {@link Failed} to the stage, which throws its cause.
 */
final class StoreRead {
    private StoreRead() {
    }

    @FunctionalInterface
    interface Query<T> {
        T get() throws SQLException;
    }

    static <T> T of(Query<T> query) {
        try {
            return query.get();
        } catch (SQLException e) {
            throw new Failed(e);
        }
    }

    static final class Failed extends RuntimeException {
        Failed(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
