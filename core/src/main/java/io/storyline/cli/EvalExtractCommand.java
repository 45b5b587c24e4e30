package io.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.eval.ExtractionEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code storyline eval extract PAGES GOLD}: wiring for {@link ExtractionEvaluator}. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Main-text scores (the ScrapingHub benchmark's word-shingle P/R/F1) of the text ingest "
                + "extracts: PAGES a folder of pages (.html/.htm or .txt, optionally .gz), read and cleaned exactly "
                + "as ingest reads them; GOLD a JSON Lines file of {\"id\",\"text\"} where id is the page's file name.")
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
        ExtractionEvaluator.Evaluation evaluation =
                new ExtractionEvaluator().evaluate(pages, ExtractionEvaluator.readGold(gold));
        for (ExtractionEvaluator.PageResult failed : evaluation.failed()) {
            spec.commandLine().getErr().println("storyline: " + pages.resolve(failed.id()) + ": " + failed.failure());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pages", evaluation.summary().pages());
        out.put("missing_pages", evaluation.missing());
        out.put("failed_pages", evaluation.failed().size());
        if (perPage) out.put("per_page", perPageRows(evaluation.pages()));
        out.put("precision", round(evaluation.summary().precision()));
        out.put("recall", round(evaluation.summary().recall()));
        out.put("f1", round(evaluation.summary().f1()));
        spec.commandLine().getOut().println(JSON.writeValueAsString(out));
        spec.commandLine().getOut().flush();
        return evaluation.failed().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }

    private static List<Map<String, Object>> perPageRows(List<ExtractionEvaluator.PageResult> pages) {
        return pages.stream().map(page -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", page.id());
            row.put("precision", round(page.score().precision()));
            row.put("recall", round(page.score().recall()));
            row.put("f1", round(page.score().f1()));
            return row;
        }).toList();
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
