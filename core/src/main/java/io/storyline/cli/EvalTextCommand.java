package io.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.clean.ExtractionScore;
import io.storyline.eval.ExtractionEvaluator;
import io.storyline.eval.LineMisses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code storyline eval text GOLD}: main-text scores of HTML pages and of their text dumps on a split gold. */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = {"Main-text scores (the ScrapingHub benchmark's word-shingle P/R/F1, macro over pages) on a "
                + "hand-labelled gold with dev and held-out splits (core/src/test/resources/gold/main-text/).",
                "Each page is read and cleaned as ingest does (html), and again as the text dump of the page (text_dump).",
                "Prints one JSON line per split."})
public final class EvalTextCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "GOLD", description = "JSON Lines of {\"id\",\"split\",\"text\"}")
    Path gold;

    @Option(names = "--pages", paramLabel = "DIR", defaultValue = "../shared/data/htmldate-dev/pages",
            description = "folder holding the pages the gold's ids name (default: ${DEFAULT-VALUE})")
    Path pages;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "all",
            description = "dev, heldout, or all: each split scored on its own (default: ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--misses", paramLabel = "FILE",
            description = "write each page's scores with the lines missed and the lines kept wrongly (JSON Lines); "
                    + "dev split only: held-out errors are not for reading")
    Path misses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("dev", "heldout", "all").contains(split)) {
            err.println("storyline: --split must be dev, heldout or all, not " + split);
            return ExitCodes.USAGE;
        }
        if (misses != null && !split.equals("dev")) {
            err.println("storyline: --misses needs --split dev (tune on dev only; do not read held-out misses)");
            return ExitCodes.USAGE;
        }
        if (!Files.isRegularFile(gold)) {
            err.println("storyline: GOLD is not a file: " + gold);
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(pages)) {
            err.println("storyline: --pages is not a folder: " + pages);
            return ExitCodes.USAGE;
        }
        List<ExtractionEvaluator.GoldText> all = ExtractionEvaluator.readGold(gold);
        boolean failed = false;
        BufferedWriter missesOut = misses == null ? null : Files.newBufferedWriter(misses, StandardCharsets.UTF_8);
        try {
            for (String part : split.equals("all") ? List.of("dev", "heldout") : List.of(split)) {
                List<ExtractionEvaluator.GoldText> judged = ExtractionEvaluator.split(all, part);
                if (judged.isEmpty()) {
                    err.println("storyline: " + gold + ": no pages in split " + part);
                    return ExitCodes.USAGE;
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("gold", gold.toString());
                out.put("split", part);
                out.put("pages", judged.size());
                for (ExtractionEvaluator.Input input : ExtractionEvaluator.Input.values()) {
                    ExtractionEvaluator.Evaluation evaluation = new ExtractionEvaluator(input).evaluate(pages, judged);
                    for (ExtractionEvaluator.PageResult page : evaluation.failed()) {
                        err.println("storyline: " + pages.resolve(page.id()) + ": " + page.failure());
                        failed = true;
                    }
                    String name = input == ExtractionEvaluator.Input.AS_READ ? "html" : "text_dump";
                    out.put(name, scores(evaluation));
                    if (missesOut != null) writeMisses(missesOut, name, judged, evaluation);
                }
                spec.commandLine().getOut().println(JSON.writeValueAsString(out));
            }
        } finally {
            if (missesOut != null) missesOut.close();
        }
        spec.commandLine().getOut().flush();
        return failed ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
    }

    private static Map<String, Object> scores(ExtractionEvaluator.Evaluation evaluation) {
        ExtractionScore.Summary summary = evaluation.summary();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(summary.precision()));
        m.put("recall", round(summary.recall()));
        m.put("f1", round(summary.f1()));
        m.put("missing_pages", evaluation.missing());
        m.put("failed_pages", evaluation.failed().size());
        return m;
    }

    /** Worst pages first, so the causes worth fixing come up top. */
    private static void writeMisses(BufferedWriter w, String input, List<ExtractionEvaluator.GoldText> judged,
                                    ExtractionEvaluator.Evaluation evaluation) throws IOException {
        Map<String, String> goldText = new LinkedHashMap<>();
        judged.forEach(g -> goldText.put(g.id(), g.text()));
        List<ExtractionEvaluator.PageResult> worstFirst = evaluation.pages().stream()
                .sorted(Comparator.comparingDouble(p -> p.score().f1())).toList();
        for (ExtractionEvaluator.PageResult page : worstFirst) {
            LineMisses lines = LineMisses.of(goldText.get(page.id()), page.predicted());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("input", input);
            row.put("id", page.id());
            row.put("precision", round(page.score().precision()));
            row.put("recall", round(page.score().recall()));
            row.put("f1", round(page.score().f1()));
            row.put("missed_lines", lines.missed());
            row.put("extra_lines", lines.extra());
            w.write(JSON.writeValueAsString(row));
            w.newLine();
        }
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
