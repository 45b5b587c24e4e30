package io.storyline.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One writer at a time per data folder: ingest, check, reindex and entity corrections (from the CLI or the web
 * server) take {@value #FILE_NAME} with an operating-system lock, which the system drops when the holder dies,
 * even by SIGKILL, so a stale file never blocks anyone. The file names the holder (pid, what, since when) for the
 * message of whoever waits. Readers never take it: SQLite lets them read while a writer writes.
 */
public final class WriterLock implements AutoCloseable {
    public static final String FILE_NAME = "storyline.lock";
    private static final long POLL_MILLIS = 500;
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, waiting for the current holder; {@code waiting} hears once who that is. */
    public static WriterLock acquire(Path dataDir, String what, Consumer<String> waiting) throws IOException {
        boolean told = false;
        while (true) {
            Optional<WriterLock> taken = tryAcquire(dataDir, what);
            if (taken.isPresent()) {
                return taken.get();
            }
            if (!told) {
                waiting.accept("storyline: " + dataDir + " is being written by " + holder(dataDir)
                        + "; waiting for it to finish");
                told = true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the lock on " + dataDir, e);
            }
        }
    }

    /** Takes the lock if no one holds it. */
    public static Optional<WriterLock> tryAcquire(Path dataDir, String what) throws IOException {
        FileChannel channel;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new IOException(dataDir + ": cannot write to the data folder (" + reason(e)
                    + "); nothing was changed, and commands that only read still work", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " (" + what + " since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ")\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return Optional.of(new WriterLock(channel, lock));
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.toString();
    }

    /** Who holds the lock, as its file says ("pid 4242 (ingest since …)"), or "another process". */
    public static String holder(Path dataDir) {
        try {
            String text = Files.readString(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "another process" : text;
        } catch (IOException e) {
            return "another process";
        }
    }

    /**
     * Whether some process (this one included) holds the lock now. Never creates the file and never fails: a
     * folder this process cannot write (read-only media) has no writer it could wait for.
     */
    public static boolean isHeld(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            try (FileLock probe = channel.tryLock()) {
                return probe == null;
            } catch (OverlappingFileLockException heldInThisProcess) {
                return true;
            }
        } catch (IOException cannotWrite) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // the lock dies with the channel; nothing else to do
        }
    }
}
