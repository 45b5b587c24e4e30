package io.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.nlp.TimeMention;
import io.storyline.nlp.time.TimeTagger;
import io.storyline.nlp.time.eval.TimeMlDocument;
import io.storyline.nlp.time.eval.TimeMlReader;
import io.storyline.nlp.time.eval.TimexEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code storyline eval time DIR}: wiring for {@link TimexEvaluator}, errors written as JSON Lines. */
@Command(name = "time", mixinStandardHelpOptions = true, description = "Time-expression scores on TimeML .tml files.")
public final class EvalTimeCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder searched recursively for .tml files.")
    Path dir;

    @Option(names = "--errors", paramLabel = "OUT",
            description = "Write every missed, spurious or wrongly valued expression to OUT as JSON Lines.")
    Path errors;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("storyline: not a folder: " + dir);
            return ExitCodes.USAGE;
        }
        List<TimeMlDocument> documents = new ArrayList<>();
        for (Path file : TimeMlReader.files(dir)) {
            documents.add(TimeMlReader.read(file));
        }
        if (documents.isEmpty()) {
            spec.commandLine().getErr().println("storyline: no .tml files under " + dir);
            return ExitCodes.USAGE;
        }
        ObjectMapper json = new ObjectMapper();
        TimexEvaluator.Evaluation evaluation;
        try (BufferedWriter w = errors == null ? null : Files.newBufferedWriter(errors)) {
            Consumer<TimexEvaluator.TimexError> listener = w == null ? error -> { } : error -> writeError(json, w, error);
            evaluation = new TimexEvaluator(new TimeTagger(), listener).evaluate(documents);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", evaluation.documents());
        out.put("chars", evaluation.chars());
        out.put("chars_per_second", Math.round(evaluation.chars() / Math.max(evaluation.taggingSeconds(), 1e-9)));
        out.putAll(evaluation.score().figures());
        spec.commandLine().getOut().println(json.writeValueAsString(out));
        return ExitCodes.OK;
    }

    private static void writeError(ObjectMapper json, BufferedWriter w, TimexEvaluator.TimexError error) {
        TimeMlDocument doc = error.document();
        TimeMention ours = error.ours();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("doc", doc.name());
        e.put("dct", doc.creationDate().toString());
        e.put("kind", error.kind().name().toLowerCase(Locale.ROOT));
        if (error.gold() != null) {
            e.put("gold", doc.text().substring(error.gold().start(), error.gold().end()));
            e.put("gold_type", error.gold().type());
            e.put("gold_value", error.gold().value());
        }
        e.put("ours", ours == null ? null : ours.surface());
        e.put("our_value", ours == null ? null : ours.value());
        e.put("evidence", ours == null ? null : ours.evidence());
        int start = error.gold() != null ? error.gold().start() : ours.start();
        int end = error.gold() != null ? error.gold().end() : ours.end();
        e.put("context", context(doc.text(), start, end));
        try {
            w.write(json.writeValueAsString(e));
            w.newLine();
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    private static String context(String text, int start, int end) {
        int from = Math.max(0, start - 80);
        int to = Math.min(text.length(), end + 60);
        return (text.substring(from, start) + "[[" + text.substring(start, end) + "]]" + text.substring(end, to))
                .replace('\n', ' ');
    }
}
