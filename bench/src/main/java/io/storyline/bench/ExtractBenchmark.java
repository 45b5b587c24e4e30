package io.storyline.bench;

import io.storyline.clean.html.HtmlTextDump;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.cli.Benchmark;
import io.storyline.clean.ExtractionScore;
import io.storyline.clean.PageHints;
import io.storyline.clean.html.BlockText;
import io.storyline.clean.html.HtmlArticleExtractor;
import io.storyline.clean.text.TextArticleExtractor;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code storyline bench extract}: main-text F1 (ScrapingHub benchmark's word shingles) and speed of our HTML
 * extractor against Readability4J on the Mozilla Readability test pages (gold: expected.html), our text-dump
 * extractor on {@link HtmlTextDump}s of the same pages, and the accuracy of our page hints against
 * expected-metadata.json. {@code --write-eval-set DIR} instead writes folders and gold files for
 * {@code storyline eval extract}.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Main-text extraction: F1 and pages/s of ours vs Readability4J, text dumps, hint accuracy.")
public final class ExtractBenchmark implements Benchmark, Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--pages", description = "Readability test-pages folder (default: ${DEFAULT-VALUE})")
    Path pagesDir = Path.of("..", "shared", "data", "readability-test-pages");

    @Option(names = "--out", description = "where the report goes (default: ${DEFAULT-VALUE})")
    Path out = Path.of("bench-results");

    @Option(names = "--write-eval-set", paramLabel = "DIR",
            description = "write DIR/html + DIR/gold-html.jsonl and DIR/text + DIR/gold-text.jsonl, then stop")
    Path evalSet;

    @Option(names = "--rounds", description = "timed rounds per extractor; the fastest counts (default: ${DEFAULT-VALUE})")
    int rounds = 3;

    @Option(names = "--worst", description = "list this many lowest-F1 pages of ours (default: ${DEFAULT-VALUE})")
    int worst = 10;

    /** One test page: its HTML, its text dump ({@link HtmlTextDump}), the gold text and expected metadata. */
    record TestPage(String name, String source, String dump, String gold, JsonNode metadata) {
    }

    @Override
    public Integer call() throws IOException {
        List<TestPage> pages = load(pagesDir);
        if (evalSet != null) {
            writeEvalSet(pages, evalSet);
            System.err.println("wrote " + pages.size() + " pages to " + evalSet);
            return 0;
        }
        HtmlArticleExtractor ours = new HtmlArticleExtractor();
        TextArticleExtractor textExtractor = new TextArticleExtractor();

        BenchReport report = new BenchReport("extract");
        report.put("pages", pages.size()).put("data", pagesDir.toString());
        Run oursRun = run(pages, rounds, p -> ours.extract(p.source(), "http://fakehost/test/page.html").text());
        Run readabilityRun = run(pages, rounds, p -> readability4j(p.source()));
        Run dumpRun = run(pages, rounds, p -> textExtractor.extract(p.dump()).text());
        report.put("html_ours", oursRun.figures());
        report.put("html_readability4j", readabilityRun.figures());
        report.put("text_dump_ours", dumpRun.figures());
        report.put("timing", "fastest of " + rounds + " rounds after a warm-up round, one thread; cpu = thread CPU time,"
                + " steadier than wall time on a shared machine");
        report.put("hints", hintAccuracy(pages, ours));
        report.put("worst_pages_ours", oursRun.worst(worst));
        report.finish(System.out, out);
        return 0;
    }

    private static String readability4j(String html) {
        Element content = new Readability4J("http://fakehost/test/page.html", html).parse().getArticleContent();
        return content == null ? "" : BlockText.text(content);
    }

    /** One extractor over all pages: a warm-up pass (JIT), then timed passes; the fastest is reported. */
    private record Run(List<TestPage> pages, List<String> predictions, double seconds, double cpuSeconds) {
        Map<String, Object> figures() {
            ExtractionScore.Summary s = ExtractionScore.summarise(scores());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("precision", round(s.precision()));
            m.put("recall", round(s.recall()));
            m.put("f1", round(s.f1()));
            m.put("pages_per_second", round(pages.size() / seconds));
            m.put("pages_per_cpu_second", round(pages.size() / cpuSeconds));
            return m;
        }

        List<ExtractionScore.PageScore> scores() {
            List<ExtractionScore.PageScore> scores = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                scores.add(ExtractionScore.page(pages.get(i).gold(), predictions.get(i)));
            }
            return scores;
        }

        List<Map<String, Object>> worst(int n) {
            List<ExtractionScore.PageScore> scores = scores();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("page", pages.get(i).name());
                row.put("precision", round(scores.get(i).precision()));
                row.put("recall", round(scores.get(i).recall()));
                row.put("f1", round(scores.get(i).f1()));
                rows.add(row);
            }
            rows.sort(Comparator.comparingDouble(r -> (Double) r.get("f1")));
            return rows.subList(0, Math.min(n, rows.size()));
        }
    }

    private static Run run(List<TestPage> pages, int rounds, Function<TestPage, String> extractor) {
        for (TestPage p : pages) extractor.apply(p);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> predictions = null;
        double fastest = Double.MAX_VALUE, leastCpu = Double.MAX_VALUE;
        for (int round = 0; round < Math.max(1, rounds); round++) {
            List<String> output = new ArrayList<>();
            long start = System.nanoTime(), cpuStart = threads.getCurrentThreadCpuTime();
            for (TestPage p : pages) output.add(extractor.apply(p));
            fastest = Math.min(fastest, (System.nanoTime() - start) / 1e9);
            leastCpu = Math.min(leastCpu, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            predictions = output;
        }
        return new Run(pages, predictions, fastest, leastCpu);
    }

    /** Share of pages where a hint equals Readability's expected metadata (both absent counts as equal). */
    private static Map<String, Object> hintAccuracy(List<TestPage> pages, HtmlArticleExtractor ours) {
        Map<String, Function<PageHints, String>> fields = new LinkedHashMap<>();
        fields.put("title", PageHints::title);
        fields.put("byline", PageHints::byline);
        fields.put("siteName", PageHints::siteName);
        fields.put("publishedTime", PageHints::published);
        List<PageHints> hints = pages.stream().map(p -> ours.hints(p.source(), "http://fakehost/test/page.html")).toList();
        Map<String, Object> result = new LinkedHashMap<>();
        for (var field : fields.entrySet()) {
            int correct = 0, expectedCount = 0, correctWhereExpected = 0;
            for (int i = 0; i < pages.size(); i++) {
                String expected = normalise(pages.get(i).metadata().path(field.getKey()).asText(null));
                String actual = normalise(field.getValue().apply(hints.get(i)));
                boolean same = Objects.equals(expected, actual);
                if (same) correct++;
                if (expected != null) {
                    expectedCount++;
                    if (same) correctWhereExpected++;
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("accuracy", round((double) correct / pages.size()));
            m.put("accuracy_where_expected", round(expectedCount == 0 ? 0 : (double) correctWhereExpected / expectedCount));
            m.put("pages_with_expected", expectedCount);
            result.put(field.getKey(), m);
        }
        return result;
    }

    private static String normalise(String s) {
        if (s == null) return null;
        String t = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    static List<TestPage> load(Path dir) throws IOException {
        List<TestPage> pages = new ArrayList<>();
        try (Stream<Path> children = Files.list(dir)) {
            for (Path d : children.filter(Files::isDirectory).sorted().toList()) {
                Path source = d.resolve("source.html"), expected = d.resolve("expected.html");
                if (!Files.isRegularFile(source) || !Files.isRegularFile(expected)) continue;
                Path meta = d.resolve("expected-metadata.json");
                JsonNode metadata = Files.isRegularFile(meta) ? JSON.readTree(meta.toFile()) : JSON.createObjectNode();
                String gold = BlockText.text(Jsoup.parse(Files.readString(expected, StandardCharsets.UTF_8)).body());
                String html = Files.readString(source, StandardCharsets.UTF_8);
                pages.add(new TestPage(d.getFileName().toString(), html, HtmlTextDump.dump(html), gold, metadata));
            }
        }
        return pages;
    }

    private static void writeEvalSet(List<TestPage> pages, Path dir) throws IOException {
        Path html = Files.createDirectories(dir.resolve("html"));
        Path text = Files.createDirectories(dir.resolve("text"));
        List<String> goldHtml = new ArrayList<>(), goldText = new ArrayList<>();
        for (TestPage p : pages) {
            Files.writeString(html.resolve(p.name() + ".html"), p.source());
            Files.writeString(text.resolve(p.name() + ".txt"), p.dump());
            goldHtml.add(JSON.writeValueAsString(Map.of("id", p.name() + ".html", "text", p.gold())));
            goldText.add(JSON.writeValueAsString(Map.of("id", p.name() + ".txt", "text", p.gold())));
        }
        Files.write(dir.resolve("gold-html.jsonl"), goldHtml);
        Files.write(dir.resolve("gold-text.jsonl"), goldText);
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
