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

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code storyline bench serve}: starts {@code storyline serve} as a separate process over the ingested
 * TE3-Silver articles, fires a fixed mix of search and timeline requests at it over loopback from this process
 * with a few concurrent clients, and reports throughput, p50/p99 latency per kind and errors (any answer but
 * 200, or no answer). Requests are drawn with a fixed seed, so every run asks the same questions.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Load test of the REST API: search and timeline requests from another process.")
public final class ServeBenchmark implements Benchmark, Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--source", description = "Folder of TimeML files (default: ../shared/data/tempeval3/TE3-Silver-data).")
    Path source = TeSilverPages.defaultSource();

    @Option(names = "--data", description = "Use this already ingested data folder instead of ingesting --source afresh.")
    Path data;

    @Option(names = "--requests", defaultValue = "6000", description = "Requests measured (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--clients", defaultValue = "4", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--out", defaultValue = "bench-results", description = "Folder for the JSON figures (default: ${DEFAULT-VALUE}).")
    Path out;

    record Ask(String kind, String path) {
    }

    @Override
    public Integer call() throws Exception {
        BenchReport report = new BenchReport("serve").put("corpus", source.toString());
        Path folder = data != null ? data : ingest(report);
        int port = freePort();
        Process server = startServer(folder, port);
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + port;
            waitUntilUp(http, base, server);
            List<Ask> asks = asks(http, base, folder);
            run(http, base, asks.subList(0, Math.min(1000, asks.size())), clients); // warm-up: JIT, caches
            long start = System.nanoTime();
            Map<String, List<Long>> nanos = run(http, base, asks, clients);
            double seconds = (System.nanoTime() - start) / 1e9;
            report.put("articles", count(http, base + "/api/articles?limit=1"))
                    .put("entities", count(http, base + "/api/entities?limit=1"))
                    .put("requests", asks.size()).put("clients", clients)
                    .put("seconds", IngestBenchmark.round(seconds))
                    .put("throughput_per_s", IngestBenchmark.round(asks.size() / seconds))
                    .put("errors", errors.get())
                    .put("server", "separate process, 127.0.0.1, --rate-limit 1000000 (the limit guards against abuse; this measures capacity)");
            for (String kind : List.of("search", "timeline")) {
                report.put(kind, latency(nanos.getOrDefault(kind, List.of())));
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
        report.finish(System.out, out);
        return errors.get() == 0 ? 0 : 2;
    }

    private final AtomicInteger errors = new AtomicInteger();

    private Path ingest(BenchReport report) throws Exception {
        Path work = Files.createTempDirectory("storyline-bench-serve");
        TeSilverPages.write(source, work.resolve("crawl"));
        long start = System.nanoTime();
        try (Corpus corpus = Corpus.open(work.resolve("data"))) {
            new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 256).run(List.of(work.resolve("crawl")), null);
        }
        report.put("ingest_seconds", IngestBenchmark.round((System.nanoTime() - start) / 1e9));
        return work.resolve("data");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Process startServer(Path folder, int port, String... jvmOptions) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", serverClassPath(), "io.storyline.cli.Main", "serve", "--data", folder.toString(),
                "--port", String.valueOf(port), "--rate-limit", "1000000"));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /**
     * The class path {@code ./storyline serve} runs with (core's own), not the bench module's: the bench's reference
     * libraries pull older versions of libraries the server needs.
     */
    private static String serverClassPath() throws IOException {
        Path core = Path.of("core", "target");
        Path runtime = core.resolve("runtime.classpath");
        if (Files.isRegularFile(runtime)) {
            return core.resolve("classes").toAbsolutePath() + java.io.File.pathSeparator + Files.readString(runtime).strip();
        }
        return System.getProperty("java.class.path");
    }

    static void waitUntilUp(HttpClient http, String base, Process server) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (!server.isAlive()) {
                throw new IOException("storyline serve exited with " + server.exitValue());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/api/stories?limit=1")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IOException("storyline serve did not answer within two minutes");
    }

    /** Half searches made of the corpus' own words, half timelines of its entities, by id and by name. */
    private List<Ask> asks(HttpClient http, String base, Path folder) throws Exception {
        Random random = new Random(42);
        List<String[]> texts = new ArrayList<>();
        try (Corpus corpus = Corpus.open(folder)) {
            long after = 0;
            List<io.storyline.store.StoredArticle> page;
            while (!(page = corpus.store().articlesAfter(after, 500)).isEmpty()) {
                for (var stored : page) {
                    texts.add(stored.article().text().split("[^\\p{L}]+"));
                }
                after = page.get(page.size() - 1).seq();
            }
        }
        JsonNode entities = JSON.readTree(get(http, base + "/api/entities?limit=100").body()).get("items");
        List<Ask> asks = new ArrayList<>();
        while (asks.size() < requests) {
            if (asks.size() % 2 == 0) {
                String[] words = texts.get(random.nextInt(texts.size()));
                if (words.length < 20) {
                    continue;
                }
                int at = random.nextInt(words.length - 2);
                String a = words[at];
                String b = words[at + 1];
                if (a.length() < 4 || b.length() < 4) {
                    continue;
                }
                String q = switch (asks.size() / 2 % 3) {
                    case 0 -> a + " " + b;
                    case 1 -> "\"" + a + " " + b + "\"";
                    default -> a;
                };
                String filter = asks.size() / 2 % 3 == 2 ? "&from=1997&to=1998" : "";
                asks.add(new Ask("search", "/api/search?q=" + enc(q) + filter));
            } else {
                JsonNode e = entities.get(random.nextInt(entities.size()));
                String name = random.nextBoolean() ? e.get("id").asText() : e.get("name").asText();
                asks.add(new Ask("timeline", "/api/timeline?name=" + enc(name)));
            }
        }
        return asks;
    }

    private Map<String, List<Long>> run(HttpClient http, String base, List<Ask> asks, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Map<String, List<Long>>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                Map<String, List<Long>> mine = new LinkedHashMap<>();
                int i;
                while ((i = next.getAndIncrement()) < asks.size()) {
                    Ask ask = asks.get(i);
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = get(http, base + ask.path());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                    mine.computeIfAbsent(ask.kind(), k -> new ArrayList<>()).add(System.nanoTime() - start);
                }
                return mine;
            }));
        }
        Map<String, List<Long>> all = new LinkedHashMap<>();
        for (Future<Map<String, List<Long>>> f : futures) {
            f.get().forEach((kind, list) -> all.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(list));
        }
        pool.shutdown();
        return all;
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long count(HttpClient http, String url) throws Exception {
        return JSON.readTree(get(http, url).body()).get("total").asLong();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> latency(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requests", sorted.length);
        if (sorted.length > 0) {
            m.put("p50_ms", ms(sorted[sorted.length / 2]));
            m.put("p90_ms", ms(sorted[(int) (sorted.length * 0.9)]));
            m.put("p99_ms", ms(sorted[(int) (sorted.length * 0.99)]));
            m.put("max_ms", ms(sorted[sorted.length - 1]));
        }
        return m;
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
