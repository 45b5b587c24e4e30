package io.storyline.cli;

/** Exit codes of the command-line contract. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A usage error: unknown option, missing argument, bad value. */
    public static final int USAGE = 1;
    /** Some inputs failed; the rest were still stored. */
    public static final int SOME_INPUTS_FAILED = 2;
    /** The data folder's store cannot be opened (not an SQLite file, damaged, or from a newer Storyline). */
    public static final int UNUSABLE_STORE = 3;
    /** The disk holding the data folder is full; nothing stored before was lost, and reading still works. */
    public static final int DISK_FULL = 4;

    private ExitCodes() {
    }
}
