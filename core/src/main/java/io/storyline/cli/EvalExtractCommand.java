package io.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.clean.ExtractionScore;
import io.storyline.clean.html.HtmlArticleExtractor;
import io.storyline.clean.text.TextArticleExtractor;
import org.mozilla.universalchardet.UniversalDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

/**
 * {@code storyline eval extract PAGES GOLD}: word-level main-text scores as in the ScrapingHub article-extraction
 * benchmark ({@link ExtractionScore}). HTML pages go to {@link HtmlArticleExtractor}, text dumps to
 * {@link TextArticleExtractor}; a gold id without a page counts as an empty prediction.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Main-text scores: PAGES a folder of pages (.html/.htm or .txt, optionally .gz), "
                + "GOLD a JSON Lines file of {\"id\",\"text\"} where id is the page's file name.")
public final class EvalExtractCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "PAGES", description = "folder of pages")
    Path pages;

    @Parameters(index = "1", paramLabel = "GOLD", description = "JSON Lines of {\"id\",\"text\"}")
    Path gold;

    @Option(names = "--per-page", description = "also list each page's precision, recall and F1")
    boolean perPage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(pages)) {
            spec.commandLine().getErr().println("storyline: PAGES is not a folder: " + pages);
            return ExitCodes.USAGE;
        }
        if (!Files.isRegularFile(gold)) {
            spec.commandLine().getErr().println("storyline: GOLD is not a file: " + gold);
            return ExitCodes.USAGE;
        }
        HtmlArticleExtractor html = new HtmlArticleExtractor();
        TextArticleExtractor text = new TextArticleExtractor();
        List<ExtractionScore.PageScore> scores = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        int missing = 0, failed = 0;
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode entry = JSON.readTree(line);
            String id = entry.path("id").asText();
            String goldText = entry.path("text").asText("");
            Path page = pages.resolve(id);
            if (!Files.isRegularFile(page) && Files.isRegularFile(pages.resolve(id + ".gz"))) {
                page = pages.resolve(id + ".gz");
            }
            String predicted = "";
            if (!Files.isRegularFile(page)) {
                missing++;
            } else {
                try {
                    String content = decode(read(page));
                    predicted = isText(id) ? text.extract(content).text() : html.extract(content, null).text();
                } catch (RuntimeException e) {
                    failed++;
                    spec.commandLine().getErr().println("storyline: " + id + ": " + e);
                }
            }
            ExtractionScore.PageScore score = ExtractionScore.page(goldText, predicted);
            scores.add(score);
            if (perPage) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", id);
                row.put("precision", round(score.precision()));
                row.put("recall", round(score.recall()));
                row.put("f1", round(score.f1()));
                rows.add(row);
            }
        }
        ExtractionScore.Summary summary = ExtractionScore.summarise(scores);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pages", summary.pages());
        out.put("missing_pages", missing);
        out.put("failed_pages", failed);
        if (perPage) out.put("per_page", rows);
        out.put("precision", round(summary.precision()));
        out.put("recall", round(summary.recall()));
        out.put("f1", round(summary.f1()));
        spec.commandLine().getOut().println(JSON.writeValueAsString(out));
        spec.commandLine().getOut().flush();
        return failed > 0 ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
    }

    private static boolean isText(String id) {
        String name = id.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".txt.gz");
    }

    private static byte[] read(Path page) throws IOException {
        if (!page.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) return Files.readAllBytes(page);
        try (var in = new GZIPInputStream(Files.newInputStream(page))) {
            return in.readAllBytes();
        }
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    /** UTF-8 when the bytes are valid UTF-8, else the charset juniversalchardet detects, else windows-1252. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            UniversalDetector detector = new UniversalDetector();
            detector.handleData(bytes, 0, bytes.length);
            detector.dataEnd();
            String name = detector.getDetectedCharset();
            Charset charset = name != null && Charset.isSupported(name) ? Charset.forName(name) : Charset.forName("windows-1252");
            return new String(bytes, charset);
        }
    }
}
