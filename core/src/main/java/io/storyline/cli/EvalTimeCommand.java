package io.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.nlp.TimeMention;
import io.storyline.nlp.time.TimeTagger;
import io.storyline.nlp.time.eval.TimeMlDocument;
import io.storyline.nlp.time.eval.TimeMlReader;
import io.storyline.nlp.time.eval.TimexScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code storyline eval time DIR}: TempEval-3 timex scores of the time tagger on TimeML files, DCT as anchor. */
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
            System.err.println("not a folder: " + dir);
            return ExitCodes.USAGE;
        }
        List<TimeMlDocument> documents = new ArrayList<>();
        for (Path file : TimeMlReader.files(dir)) {
            documents.add(TimeMlReader.read(file));
        }
        if (documents.isEmpty()) {
            System.err.println("no .tml files under " + dir);
            return ExitCodes.USAGE;
        }
        TimeTagger tagger = new TimeTagger();
        List<List<TimeMention>> predictions = new ArrayList<>();
        long chars = 0;
        long began = System.nanoTime();
        for (TimeMlDocument doc : documents) {
            predictions.add(tagger.tag(doc.text(), doc.creationDate()));
            chars += doc.text().length();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        TimexScore score = new TimexScore();
        for (int d = 0; d < documents.size(); d++) {
            score.add(documents.get(d).timexes(), predictions.get(d));
        }
        ObjectMapper json = new ObjectMapper();
        if (errors != null) {
            writeErrors(json, documents, predictions);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", documents.size());
        out.put("chars", chars);
        out.put("chars_per_second", Math.round(chars / Math.max(seconds, 1e-9)));
        out.putAll(score.figures());
        spec.commandLine().getOut().println(json.writeValueAsString(out));
        return ExitCodes.OK;
    }

    private void writeErrors(ObjectMapper json, List<TimeMlDocument> documents, List<List<TimeMention>> predictions)
            throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(errors)) {
            for (int d = 0; d < documents.size(); d++) {
                TimeMlDocument doc = documents.get(d);
                List<TimeMention> predicted = predictions.get(d);
                for (TimeMlDocument.Timex g : doc.timexes()) {
                    TimeMention hit = predicted.stream()
                            .filter(p -> p.start() < g.end() && g.start() < p.end()).findFirst().orElse(null);
                    String gold = doc.text().substring(g.start(), g.end());
                    if (hit == null || !hit.value().equals(g.value()) || hit.start() != g.start()
                            || hit.end() != g.end()) {
                        Map<String, Object> e = new LinkedHashMap<>();
                        e.put("doc", doc.name());
                        e.put("dct", doc.creationDate().toString());
                        e.put("kind", hit == null ? "missed" : hit.value().equals(g.value()) ? "extent" : "value");
                        e.put("gold", gold);
                        e.put("gold_type", g.type());
                        e.put("gold_value", g.value());
                        e.put("ours", hit == null ? null : hit.surface());
                        e.put("our_value", hit == null ? null : hit.value());
                        e.put("evidence", hit == null ? null : hit.evidence());
                        e.put("context", context(doc.text(), g.start(), g.end()));
                        w.write(json.writeValueAsString(e));
                        w.newLine();
                    }
                }
                for (TimeMention p : predicted) {
                    boolean matched = doc.timexes().stream().anyMatch(g -> p.start() < g.end() && g.start() < p.end());
                    if (!matched) {
                        Map<String, Object> e = new LinkedHashMap<>();
                        e.put("doc", doc.name());
                        e.put("dct", doc.creationDate().toString());
                        e.put("kind", "spurious");
                        e.put("ours", p.surface());
                        e.put("our_value", p.value());
                        e.put("evidence", p.evidence());
                        e.put("context", context(doc.text(), p.start(), p.end()));
                        w.write(json.writeValueAsString(e));
                        w.newLine();
                    }
                }
            }
        }
    }

    private static String context(String text, int start, int end) {
        int from = Math.max(0, start - 80);
        int to = Math.min(text.length(), end + 60);
        return (text.substring(from, start) + "[[" + text.substring(start, end) + "]]" + text.substring(end, to))
                .replace('\n', ' ');
    }
}
