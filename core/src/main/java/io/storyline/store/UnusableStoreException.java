package io.storyline.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** The store file cannot be opened as a Storyline store; the message names the file and SQLite's reason. */
public final class UnusableStoreException extends SQLException {
    public UnusableStoreException(Path file, SQLException cause) {
        super(file + ": not a usable Storyline store (" + cause.getMessage() + ")", cause);
    }
}
