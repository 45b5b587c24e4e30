package io.storyline.pipeline;

import java.io.IOException;

/**
 * A test-only hook: when the system property {@value #PROPERTY} names a point the pipeline passes (for example
 * {@code stage:entities}, inside the entities stage before its output commits, or {@code after:entities}, once
 * it has), the process kills itself with SIGKILL there, so tests can check that a real kill at that point loses
 * nothing a re-run does not rebuild. Never set in normal use: without the property this does nothing.
 */
final class KillPointForTests {
    static final String PROPERTY = "storyline.test.killAt";

    private KillPointForTests() {
    }

    static void reached(String point) {
        String target = System.getProperty(PROPERTY);
        if (target == null || !target.equals(point)) {
            return;
        }
        System.err.println("storyline: " + PROPERTY + "=" + point + " reached; killing this process with SIGKILL");
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
