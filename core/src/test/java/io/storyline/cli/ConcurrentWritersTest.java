package io.storyline.cli;

import io.storyline.SharedData;
import io.storyline.store.Corpus;
import io.storyline.store.Store;
import io.storyline.store.WriterLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real processes on one data folder: two ingests, and an ingest while {@code serve} answers and a correction is
 * made. Writers take turns (the second waits and says for whom), readers read throughout, and nothing is lost,
 * stored twice or left half-written.
 */
class ConcurrentWritersTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    Path tmp;

    /** Pages of our own, about a harbour town, so the two ingests have different pages to add. */
    private Path crawl(String name, int pages, int from) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve(name));
        for (int i = from; i < from + pages; i++) {
            Files.writeString(folder.resolve("page-" + i + ".txt"), "Harbour works report number " + i + "\n\n"
                    + "The council of Tromsvik said on Tuesday that the harbour wall in district " + i
                    + " would be rebuilt, and Mayor Anna Lindqvist said the work would start in March.\n\n"
                    + "The fishermen's union welcomed report " + i + " and said its members would help.");
        }
        return folder;
    }

    private Process child(Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "io.storyline.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitText(Path log, String text) throws Exception {
        for (int i = 0; i < 1200; i++) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("'" + text + "' never appeared in " + log + ": " + Files.readString(log));
    }

    private static List<String> pageIds(Path data) throws Exception {
        List<String> ids = new ArrayList<>();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME));
             var rs = db.createStatement().executeQuery("SELECT id FROM pages ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static void assertSound(Path data, int pages) throws Exception {
        List<String> ids = pageIds(data);
        assertEquals(pages, ids.size(), "every page stored");
        assertEquals(ids.size(), new TreeSet<>(ids).size(), "no page stored twice");
        CliRun check = CliRun.of("check", "--data", data.toString());
        assertEquals(0, check.exit(), check.toString());
        for (var line : check.lines()) {
            assertEquals("ok", line.get("status").asText(), line.toString());
        }
        try (Corpus corpus = Corpus.open(data)) {
            assertEquals(pages, corpus.index().documentCount(), "the index holds the store's articles");
        }
    }

    @Test
    void twoIngestsIntoOneFolderTakeTurnsAndStoreEveryPageOnce() throws Exception {
        Path data = tmp.resolve("data");
        Path first = crawl("first", 6, 0);
        Path second = crawl("second", 6, 3); // three pages in both crawls
        Process a;
        Process b;
        // hold the folder so that both ingests surely meet a writer, then let them go one after the other
        try (WriterLock held = WriterLock.acquire(data, "the test", message -> { })) {
            a = child(tmp.resolve("a.log"), "ingest", "--quiet", "--data", data.toString(), first.toString());
            b = child(tmp.resolve("b.log"), "ingest", "--quiet", "--data", data.toString(), second.toString());
            awaitText(tmp.resolve("a.log"), "waiting for it to finish");
            awaitText(tmp.resolve("b.log"), "waiting for it to finish");
            assertTrue(Files.readString(tmp.resolve("a.log")).contains("pid " + ProcessHandle.current().pid()),
                    "the message names the holder's pid");
        }
        assertTrue(a.waitFor(10, TimeUnit.MINUTES) && b.waitFor(10, TimeUnit.MINUTES), "both ingests end");
        assertEquals(0, a.exitValue(), Files.readString(tmp.resolve("a.log")));
        assertEquals(0, b.exitValue(), Files.readString(tmp.resolve("b.log")));
        assertSound(data, 9);
    }

    @Test
    void anIngestWhileServingAndCorrectingCorruptsNothing() throws Exception {
        Path data = tmp.resolve("data");
        CliRun seeded = CliRun.of("ingest", "--quiet", "--data", data.toString(), SharedData.seeds().toString());
        assertEquals(0, seeded.exit(), seeded.toString());
        Process serve = child(tmp.resolve("serve.log"), "serve", "--port", "0", "--allow-edits", "--data", data.toString());
        try {
            awaitText(tmp.resolve("serve.log"), " at http://");
            Matcher port = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(Files.readString(tmp.resolve("serve.log")));
            assertTrue(port.find());
            String base = "http://127.0.0.1:" + port.group(1);
            Process ingest;
            int served = 0;
            List<Integer> correctionAnswers = new ArrayList<>();
            try (WriterLock held = WriterLock.acquire(data, "the test", message -> { })) {
                ingest = child(tmp.resolve("ingest.log"), "ingest", "--quiet", "--data", data.toString(),
                        crawl("more", 8, 0).toString());
                awaitText(tmp.resolve("ingest.log"), "waiting for it to finish");
                // while a writer holds the folder, a correction is refused for now, naming the holder
                HttpResponse<String> refused = merge(base);
                assertEquals(503, refused.statusCode(), refused.body());
                assertTrue(refused.body().contains("pid " + ProcessHandle.current().pid()), refused.body());
            }
            while (ingest.isAlive()) {
                HttpResponse<String> listed = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?limit=5")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, listed.statusCode(), listed.body());
                HttpResponse<String> search = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=harbour")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, search.statusCode(), search.body());
                served += 2;
                if (correctionAnswers.isEmpty() || correctionAnswers.get(correctionAnswers.size() - 1) == 503) {
                    correctionAnswers.add(merge(base).statusCode());
                }
                Thread.sleep(200);
            }
            assertEquals(0, ingest.waitFor(), Files.readString(tmp.resolve("ingest.log")));
            assertTrue(served > 0);
            for (int answer : correctionAnswers) {
                assertTrue(answer == 200 || answer == 503, "a correction is made or deferred: " + correctionAnswers);
            }
            HttpResponse<String> after = merge(base);
            assertEquals(200, after.statusCode(), after.body());
        } finally {
            serve.destroy();
            serve.waitFor();
        }
        assertSound(data, 4 + 8);
        try (Corpus corpus = Corpus.open(data)) {
            assertEquals(1, corpus.store().entities().corrections().size(), "the merge is stored once");
        }
    }

    private static HttpResponse<String> merge(String base) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/entities/merge"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"left\":\"Seoul\",\"right\":\"South Korea\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
