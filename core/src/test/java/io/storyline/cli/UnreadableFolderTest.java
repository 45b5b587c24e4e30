package io.storyline.cli;

import io.storyline.query.ArticleQueries;
import io.storyline.store.Corpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An unreadable subfolder of a crawl costs its own pages, never the rest. Tests run as root, who reads any folder,
 * so the ingest runs in a child JVM in a user namespace of its own without a root mapping ({@code unshare --user}):
 * there the process is nobody to the folder's owner, a mode-000 folder is closed to it, and what it needs (the JDK,
 * the class path, the temporary folder) stays readable through its owner's bits.
 */
class UnreadableFolderTest {
    @TempDir
    Path tmp;

    @Test
    void anUnreadableSubfolderIsNamedAndTheRestOfTheCrawlIsStored() throws Exception {
        Path crawl = Files.createDirectories(tmp.resolve("crawl"));
        Path closed = Files.createDirectories(crawl.resolve("closed"));
        Files.writeString(crawl.resolve("open.txt"), "Library opens\n\nThe mayor opened the new library on Saturday.\n");
        Files.writeString(closed.resolve("hidden.txt"), "Bridge closes\n\nThe old bridge closed for repairs on Monday.\n");
        Path data = tmp.resolve("data");
        Files.setPosixFilePermissions(closed, Set.of());
        ChildRun ingest;
        try {
            Assumptions.assumeTrue(closedToAChild(closed), "unshare --user is not allowed here, or does not close a "
                    + "mode-000 folder to the child; the case cannot be made real on this machine");
            ingest = run("ingest", crawl.toString(), "--data", data.toString());
        } finally {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }

        assertEquals(ExitCodes.SOME_INPUTS_FAILED, ingest.exit(), ingest.err());
        assertTrue(ingest.err().contains(closed + ": cannot be read"), ingest.err());
        List<String> stored = new ArrayList<>();
        try (Corpus corpus = Corpus.open(data)) {
            new ArticleQueries(corpus).forEach(view -> stored.add(Path.of(view.path()).getFileName().toString()));
        }
        assertEquals(List.of("open.txt"), stored);
    }

    private record ChildRun(int exit, String err) {
    }

    private ChildRun run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("unshare", "--user", javaBinary(), "-cp",
                System.getProperty("java.class.path"), "io.storyline.cli.Main"));
        command.addAll(List.of(args));
        Path err = tmp.resolve("child.err");
        Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child ingest did not end");
        return new ChildRun(child.exitValue(), Files.readString(err));
    }

    private static boolean closedToAChild(Path folder) {
        return exitOf("unshare", "--user", "true") == 0 && exitOf("unshare", "--user", "ls", folder.toString()) != 0;
    }

    private static int exitOf(String... command) {
        try {
            Process probe = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor(30, TimeUnit.SECONDS) ? probe.exitValue() : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
