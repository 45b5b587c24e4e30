package io.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A disk that fills during an ingest, for real: the data folder is a small tmpfs mounted in a user and mount
 * namespace of its own ({@code unshare}, which needs no root), the index folder another one, and a filler file
 * takes all but a few kilobytes of one of them, so the kernel answers ENOSPC to SQLite (which says SQLITE_FULL) or
 * to Lucene (an IOException in the index commit). The real command line runs in child JVMs inside the namespace.
 * Each ingest that finds no room must fail with exit code 4 and a message naming the data folder, "disk full" and
 * the reason; what was stored before must still be read, whole, by a reading command; and once the filler is gone
 * the same ingest must finish and {@code check} find everything sound.
 */
class DiskFullTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Two pages for the ingest that fills the index, four (about 700 KB of HTML) for the one that fills the store. */
    private static final List<String> INDEX_FILLING = List.of("wordpress", "blogger");
    private static final List<String> STORE_FILLING = List.of("aclu", "mathjax", "spiceworks", "webmd-1");

    /** The steps, run as one script because the tmpfs mounts live only as long as the namespace. */
    private static final String SCRIPT = """
            set -u
            mount -t tmpfs -o size=32m tmpfs "$DATA"
            mkdir "$DATA/index"
            mount -t tmpfs -o size=4m tmpfs "$DATA/index"
            run() { step=$1; shift; "$JAVA" -cp "$CP" io.storyline.cli.Main "$@" --data "$DATA" \\
                >"$OUT/$step.out" 2>"$OUT/$step.err"; echo $? >"$OUT/$step.rc"; }
            fill() { avail=$(df --output=avail -B1 "$1" | tail -1); fallocate -l $((avail - $2)) "$1/filler"; }
            run ingest-seeds ingest --quiet "$SEEDS"
            run articles-before articles
            fill "$DATA/index" 4096
            run ingest-index-full ingest --quiet "$INDEX_PAGES"
            run articles-index-full articles
            rm "$DATA/index/filler"
            fill "$DATA" 262144
            run ingest-store-full ingest --quiet "$STORE_PAGES"
            run articles-store-full articles
            rm "$DATA/filler"
            run ingest-with-room ingest --quiet "$STORE_PAGES"
            run check check
            run articles-after articles
            """;

    @TempDir
    Path tmp;

    @Test
    void aDiskThatFillsDuringAnIngestIsNamedAndLosesNothingStored() throws Exception {
        Assumptions.assumeTrue(namespacesWork(), "unshare --user --mount is not allowed here, so no tmpfs can be "
                + "mounted without root; the disk-full case cannot be made real on this machine");
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        ProcessBuilder script = new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "sh", "-c", SCRIPT)
                .redirectErrorStream(true).redirectOutput(tmp.resolve("script.log").toFile());
        script.environment().putAll(java.util.Map.of("DATA", data.toString(), "OUT", out.toString(),
                "JAVA", javaBinary(), "CP", System.getProperty("java.class.path"),
                "SEEDS", SharedData.seeds().toString(), "INDEX_PAGES", crawl("index-pages", INDEX_FILLING).toString(),
                "STORE_PAGES", crawl("store-pages", STORE_FILLING).toString()));
        Process process = script.start();
        assertTrue(process.waitFor(20, TimeUnit.MINUTES), "the script did not end");
        assertEquals(0, process.exitValue(), Files.readString(tmp.resolve("script.log")));
        Steps steps = new Steps(out);

        assertEquals(0, steps.rc("ingest-seeds"), steps.err("ingest-seeds"));
        Set<String> seeds = steps.articleIds("articles-before");
        assertEquals(4, seeds.size(), "the seeds are stored before the disk fills");

        // the index fills: the store has committed the pages, the index commit finds no room
        steps.assertDiskFull("ingest-index-full", data, "No space left on device");
        Set<String> afterIndexFull = steps.articleIds("articles-index-full");
        assertTrue(afterIndexFull.containsAll(seeds), "an article stored before is lost: " + afterIndexFull);
        assertTrue(steps.err("articles-index-full").contains("disk full, the search index cannot catch up"),
                "a reader on a full disk says why search may miss articles: " + steps.err("articles-index-full"));

        // the store fills: SQLite finds no room for the batch, which is rolled back whole
        steps.assertDiskFull("ingest-store-full", data, "SQLITE_FULL");
        assertEquals(afterIndexFull, steps.articleIds("articles-store-full"),
                "after the store filled, the articles are exactly those stored before (none lost, none half-stored)");

        // with room again the same ingest finishes, and everything checks out
        assertEquals(0, steps.rc("ingest-with-room"), steps.err("ingest-with-room"));
        assertEquals(0, steps.rc("check"), steps.out("check") + steps.err("check"));
        for (String line : steps.out("check").split("\n")) {
            if (line.startsWith("{")) {
                assertEquals("ok", JSON.readTree(line).get("status").asText(), line);
            }
        }
        Set<String> after = steps.articleIds("articles-after");
        assertTrue(after.containsAll(afterIndexFull), "an article stored before the disk filled is lost");
        assertEquals(afterIndexFull.size() + STORE_FILLING.size(), after.size(), "the pages that found no room are stored now");
    }

    /** The outputs of the script's steps: STEP.rc, STEP.out, STEP.err. */
    private record Steps(Path out) {
        int rc(String step) throws Exception {
            Path rc = out.resolve(step + ".rc");
            assertTrue(Files.exists(rc), "step " + step + " did not run");
            return Integer.parseInt(Files.readString(rc).strip());
        }

        String out(String step) throws Exception {
            return Files.readString(out.resolve(step + ".out"));
        }

        String err(String step) throws Exception {
            return Files.readString(out.resolve(step + ".err"));
        }

        Set<String> articleIds(String step) throws Exception {
            assertEquals(0, rc(step), step + " (a reading command) fails: " + err(step));
            Set<String> ids = new TreeSet<>();
            for (String line : out(step).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode article = JSON.readTree(line);
                    ids.add(article.get("id").asText());
                }
            }
            return ids;
        }

        void assertDiskFull(String step, Path data, String reason) throws Exception {
            String err = err(step);
            assertEquals(ExitCodes.DISK_FULL, rc(step), err);
            assertTrue(err.contains(data.toAbsolutePath() + ": disk full"), "names the data folder and says disk full: " + err);
            assertTrue(err.contains(reason), "gives the reason (" + reason + "): " + err);
            assertTrue(err.contains("Nothing stored before was lost"), err);
        }
    }

    private Path crawl(String name, List<String> pages) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve(name));
        for (String page : pages) {
            Files.copy(SharedData.path("data", "readability-test-pages", page, "source.html"),
                    folder.resolve(page + ".html"));
        }
        return folder;
    }

    private static boolean namespacesWork() {
        try {
            Process probe = new ProcessBuilder(new ArrayList<>(List.of("unshare", "--user", "--map-root-user", "--mount",
                    "true"))).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
