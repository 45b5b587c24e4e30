package io.storyline.ingest;

/** A page or file that cannot be read; the message is the reason a user sees, next to the path. */
public final class BadPageException extends Exception {
    public BadPageException(String reason) {
        super(reason);
    }

    public BadPageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
