package io.storyline.store;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test-only hook: when the system property {@value #PROPERTY} names a point the program passes, the process
 * kills itself with SIGKILL there, so tests can check that a real kill at that point loses nothing a re-run does
 * not rebuild. {@code POINT} kills the first time the point is reached, {@code POINT#N} the N-th time (the third
 * batch commit, say). Points: {@code store:before-commit} and {@code store:after-commit} around every store
 * transaction (page batches, stage outputs, corrections), {@code index:before-commit} and {@code index:after-commit}
 * around every index commit, {@code migration:before-commit} in each schema migration, and the corpus stages'
 * {@code stage:NAME} (output written, not committed) and {@code after:NAME}. Never set in normal use: without the
 * property this does nothing.
 */
public final class KillPoint {
    public static final String PROPERTY = "storyline.test.killAt";
    private static final Map<String, AtomicInteger> PASSES = new ConcurrentHashMap<>();

    private KillPoint() {
    }

    public static void reached(String point) {
        String target = System.getProperty(PROPERTY);
        if (target == null || !target.startsWith(point) || !(target.length() == point.length() || target.charAt(point.length()) == '#')) {
            return;
        }
        int wanted = target.length() == point.length() ? 1 : Integer.parseInt(target.substring(point.length() + 1));
        if (PASSES.computeIfAbsent(point, p -> new AtomicInteger()).incrementAndGet() != wanted) {
            return;
        }
        System.err.println("storyline: " + PROPERTY + "=" + target + " reached; killing this process with SIGKILL");
        System.err.flush();
        try {
            new ProcessBuilder("kill", "-KILL", Long.toString(ProcessHandle.current().pid())).inheritIO().start().waitFor();
            Thread.sleep(60_000); // the signal is on its way; nothing after this point may run
        } catch (IOException | InterruptedException e) {
            Runtime.getRuntime().halt(137);
        }
        Runtime.getRuntime().halt(137);
    }
}
