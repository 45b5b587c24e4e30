package io.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.cli.Benchmark;
import io.storyline.ingest.CrawlReader;
import io.storyline.pipeline.IngestPipeline;
import io.storyline.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code storyline bench soak}: TE3-Silver ingested batch after batch (this process) while {@code storyline serve}
 * (a child process on loopback) answers a bounded mix of requests; per minute: requests, server errors, p99
 * latency, and the heap left after garbage collection in both processes, whose slope tells a leak from a plateau.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = {"Ingests TE3-Silver in batches while the server answers searches, lists and timelines on 127.0.0.1;",
                "reports per minute: requests, 5xx errors, p99 latency, heap after GC (server and ingest), the server's live",
                "heap after a full collection asked once a minute, and their slopes."})
public final class SoakBenchmark implements Benchmark, Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GC_LINE = Pattern.compile("\\[(\\d+(?:\\.\\d+)?)s\\].*GC\\(\\d+\\) Pause.*?(\\d+)M->(\\d+)M");
    /** The full collection the once-a-minute {@code jcmd GC.run} asks for: what it leaves is the live set. */
    static final Pattern ASKED_FULL_GC_LINE = Pattern.compile("GC\\(\\d+\\) Pause Full \\(Diagnostic Command\\).*?(\\d+)M->(\\d+)M");
    /** How long before each minute ends the server is asked for a full collection. */
    private static final long LIVE_SET_LEAD_NANOS = 5_000_000_000L;
    private static final String[] WORDS = {"government", "minister", "police", "election", "president", "talks",
            "\"prime minister\"", "economy OR market", "china", "report", "war NOT peace", "oil prices", "court"};

    @Option(names = "--minutes", defaultValue = "10", description = "How long to soak (default: ${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = "--batch", defaultValue = "25", description = "Articles per ingest batch (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--rate", defaultValue = "20", description = "Requests per second asked of the server, at most (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--ingest", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Keep ingesting while the server answers; --no-ingest serves a fixed corpus, which tells a leak "
                    + "from a live set that grows with the corpus (default: ${DEFAULT-VALUE}).")
    boolean ingest;

    @Option(names = "--preload", defaultValue = "1", description = "Batches ingested before the server starts (default: ${DEFAULT-VALUE}).")
    int preload;

    @Option(names = "--source", description = "Folder of TimeML files (default: ../shared/data/tempeval3/TE3-Silver-data).")
    Path source = TeSilverPages.defaultSource();

    @Option(names = "--out", defaultValue = "bench-results", description = "Folder for the JSON figures (default: ${DEFAULT-VALUE}).")
    Path out;

    /** What one minute saw. */
    private static final class Minute {
        final List<Long> nanos = new ArrayList<>();
        int requests;
        int serverErrors;
        int clientErrors;
        int failures;
        int batches;
        long ingestHeapAfterGcMb = -1;
    }

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("storyline-bench-soak");
        Path crawl = work.resolve("crawl");
        TeSilverPages.write(source, crawl);
        List<Path> batches = batches(crawl);
        int preloaded = Math.max(1, Math.min(preload, batches.size() - 1));
        Path data = work.resolve("data");
        try (Corpus corpus = Corpus.open(data)) {
            new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 64).run(batches.subList(0, preloaded), null);
        }
        int port = ServeBenchmark.freePort();
        Path gcLog = work.resolve("server-gc.log");
        Process server = ServeBenchmark.startServer(data, port, "-Xlog:gc:file=" + gcLog);
        List<Minute> perMinute = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            perMinute.add(new Minute());
        }
        AtomicBoolean done = new AtomicBoolean();
        long start;
        long startMillis;
        int batchesIngested = preloaded;
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + port;
            ServeBenchmark.waitUntilUp(http, base, server);
            start = System.nanoTime();
            startMillis = System.currentTimeMillis();
            long end = start + minutes * 60_000_000_000L;
            Thread client = new Thread(() -> ask(http, base, start, end, perMinute, done), "soak-client");
            client.start();
            Thread liveSet = new Thread(() -> collectOncePerMinute(server, start, done), "soak-live-set");
            liveSet.setDaemon(true);
            liveSet.start();
            try (Corpus corpus = Corpus.openForWriting(data, "soak ingest", System.err::println)) {
                IngestPipeline pipeline = new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 64);
                for (int b = preloaded; ingest && System.nanoTime() < end; b = b + 1 < batches.size() ? b + 1 : 1) {
                    pipeline.run(List.of(batches.get(b)), null);
                    int minute = minuteOf(start);
                    if (minute < minutes) {
                        synchronized (perMinute) {
                            perMinute.get(minute).batches++;
                            perMinute.get(minute).ingestHeapAfterGcMb = heapAfterGcMb();
                        }
                    }
                    batchesIngested++;
                }
            }
            client.join(); // it stops on its own when the soak's time is up
            done.set(true);
        } finally {
            done.set(true);
            server.destroy();
            server.waitFor();
        }
        List<double[]> serverGc = gcAfter(gcLog, startMillis, server);
        List<Double> serverLive = liveHeapPerMinute(gcLog);
        BenchReport report = new BenchReport("soak").put("minutes", minutes).put("batch_articles", batch)
                .put("batches_preloaded", preloaded).put("ingest_while_serving", ingest)
                .put("batches_ingested", batchesIngested).put("rate_asked_per_s", rate)
                .put("server", "separate process, 127.0.0.1, -Xmx1g; ingest in this process");
        List<Map<String, Object>> rows = new ArrayList<>();
        int errors = 0;
        for (int m = 0; m < minutes; m++) {
            Minute minute = perMinute.get(m);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("minute", m + 1);
            row.put("requests", minute.requests);
            row.put("server_errors_5xx", minute.serverErrors);
            row.put("client_errors_4xx", minute.clientErrors);
            row.put("failed_requests", minute.failures);
            row.put("p99_ms", percentileMs(minute.nanos, 0.99));
            row.put("p50_ms", percentileMs(minute.nanos, 0.50));
            row.put("batches", minute.batches);
            row.put("ingest_heap_after_gc_mb", minute.ingestHeapAfterGcMb);
            final int at = m;
            row.put("server_heap_after_gc_mb", serverGc.stream().filter(g -> (int) (g[0] / 60) == at)
                    .mapToDouble(g -> g[1]).min().orElse(-1));
            row.put("server_live_heap_mb", at < serverLive.size() ? serverLive.get(at) : -1);
            rows.add(row);
            errors += minute.serverErrors + minute.failures;
        }
        report.put("per_minute", rows)
                .put("server_heap_slope_mb_per_min", IngestBenchmark.round(slope(serverGc)))
                .put("server_live_heap_slope_mb_per_min", IngestBenchmark.round(slope(liveHeapPoints(serverLive))))
                .put("errors", errors);
        report.finish(System.out, out);
        return errors == 0 ? 0 : 2;
    }

    private List<Path> batches(Path crawl) throws Exception {
        List<Path> files;
        try (var listing = Files.list(crawl)) {
            files = listing.sorted().toList();
        }
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < files.size(); i += batch) {
            Path folder = Files.createDirectories(crawl.resolveSibling("batches").resolve(String.format("%04d", i / batch)));
            for (Path f : files.subList(i, Math.min(files.size(), i + batch))) {
                Files.move(f, folder.resolve(f.getFileName()));
            }
            folders.add(folder);
        }
        return folders;
    }

    /** The request mix, paced to {@link #rate} per second until the end: searches, lists, entities, timelines, events. */
    private void ask(HttpClient http, String base, long start, long end, List<Minute> perMinute, AtomicBoolean done) {
        long pause = 1_000_000_000L / rate;
        List<String> entityNames = new ArrayList<>();
        for (long next = System.nanoTime(), i = 0; !done.get() && System.nanoTime() < end; i++, next += pause) {
            String path = switch ((int) (i % 6)) {
                case 0, 1 -> "/api/search?q=" + URLEncoder.encode(WORDS[(int) (i / 6 % WORDS.length)], StandardCharsets.UTF_8);
                case 2 -> "/api/articles?limit=20&offset=" + (i % 200);
                case 3 -> "/api/entities?limit=50";
                case 4 -> entityNames.isEmpty() ? "/api/stories?limit=20"
                        : "/api/timeline?name=" + URLEncoder.encode(entityNames.get((int) (i % entityNames.size())), StandardCharsets.UTF_8);
                default -> "/api/events?limit=20";
            };
            long t0 = System.nanoTime();
            int status;
            String body = null;
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                status = r.statusCode();
                body = r.body();
            } catch (Exception e) {
                status = -1;
            }
            long took = System.nanoTime() - t0;
            int minute = minuteOf(start);
            if (minute >= perMinute.size()) {
                break;
            }
            synchronized (perMinute) {
                Minute m = perMinute.get(minute);
                m.requests++;
                m.nanos.add(took);
                if (status < 0) {
                    m.failures++;
                } else if (status >= 500) {
                    m.serverErrors++;
                } else if (status >= 400) {
                    m.clientErrors++;
                }
            }
            if (path.startsWith("/api/entities") && status == 200 && body != null) {
                try {
                    entityNames.clear();
                    for (JsonNode e : JSON.readTree(body).get("items")) {
                        entityNames.add(e.get("name").asText());
                    }
                } catch (Exception ignored) {
                    // a body that is not the expected list leaves the names as they were
                }
            }
            long wait = next + pause - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static int minuteOf(long start) {
        return (int) ((System.nanoTime() - start) / 60_000_000_000L);
    }

    /** The old generation's occupancy after the last collection, in MB (what survives: the live heap). */
    private static long heapAfterGcMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null
                    && pool.getName().toLowerCase().contains("old")) {
                bytes += pool.getCollectionUsage().getUsed();
            }
        }
        return bytes >> 20;
    }

    /**
     * Asks the server for a full collection ({@code jcmd PID GC.run}) near the end of every minute. The heap after a
     * young pause still holds old-generation garbage, so its slope cannot tell a leak from a lazy collector; what a
     * full collection leaves can. One forced pause a minute costs the server a few tens of milliseconds.
     */
    private static void collectOncePerMinute(Process server, long start, AtomicBoolean done) {
        Path jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
        for (int minute = 1; !done.get() && server.isAlive(); minute++) {
            long wait = start + minute * 60_000_000_000L - LIVE_SET_LEAD_NANOS - System.nanoTime();
            try {
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000);
                }
                if (done.get()) {
                    return;
                }
                new ProcessBuilder(jcmd.toString(), String.valueOf(server.pid()), "GC.run")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start().waitFor();
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                System.err.println("soak: no live-set sample (" + jcmd + "): " + e.getMessage());
                return;
            }
        }
    }

    /**
     * The server's live heap in MB, minute by minute: the k-th full collection asked for is the end of minute k
     * (counted in order, since the log's clock is the server's uptime and the process start is known only roughly).
     */
    static List<Double> liveHeapPerMinute(Path gcLog) throws Exception {
        List<Double> live = new ArrayList<>();
        if (Files.exists(gcLog)) {
            for (String text : Files.readAllLines(gcLog)) {
                Matcher m = ASKED_FULL_GC_LINE.matcher(text);
                if (m.find()) {
                    live.add(Double.parseDouble(m.group(2)));
                }
            }
        }
        return live;
    }

    /** Live-heap samples placed where they were taken, {@link #LIVE_SET_LEAD_NANOS} before each minute's end. */
    static List<double[]> liveHeapPoints(List<Double> perMinute) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < perMinute.size(); i++) {
            points.add(new double[] {(i + 1) * 60.0 - LIVE_SET_LEAD_NANOS / 1e9, perMinute.get(i)});
        }
        return points;
    }

    /** The server's heap after each collection during the soak: {seconds since the soak began, MB}. */
    private static List<double[]> gcAfter(Path gcLog, long soakStartMillis, Process server) throws Exception {
        List<double[]> points = new ArrayList<>();
        if (!Files.exists(gcLog)) {
            return points;
        }
        // the log's times are the server's uptime; the soak began this long after the server process started
        double jvmStartToSoak = (soakStartMillis - server.info().startInstant().map(java.time.Instant::toEpochMilli)
                .orElse(soakStartMillis)) / 1000.0;
        for (String text : Files.readAllLines(gcLog)) {
            Matcher m = GC_LINE.matcher(text);
            if (m.find()) {
                double at = Double.parseDouble(m.group(1)) - jvmStartToSoak;
                if (at >= 0) {
                    points.add(new double[] {at, Double.parseDouble(m.group(3))});
                }
            }
        }
        return points;
    }

    /** Least-squares slope of heap after GC against time, in MB per minute. */
    static double slope(List<double[]> points) {
        if (points.size() < 2) {
            return 0;
        }
        double n = points.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (double[] p : points) {
            double x = p[0] / 60;
            sx += x;
            sy += p[1];
            sxx += x * x;
            sxy += x * p[1];
        }
        double d = n * sxx - sx * sx;
        return d == 0 ? 0 : (n * sxy - sx * sy) / d;
    }

    private static double percentileMs(List<Long> nanos, double q) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return IngestBenchmark.round(sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6);
    }
}
