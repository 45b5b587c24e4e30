package io.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalNerCommandTest {
    private static final String CONLL = """
            -DOCSTART- -X- -X- O

            Peter NNP B-NP B-PER
            Blackburn NNP I-NP I-PER
            visited VBD B-VP O
            Paris NNP B-NP I-LOC
            . . O O

            """;

    @Test
    void printsOneJsonObjectEndingWithTheHeadlineScoresAndWritesPredictions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tiny.txt");
        Files.writeString(file, CONLL);
        Path predictions = dir.resolve("pred.txt");
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute("eval", "ner", file.toString(), "--predictions", predictions.toString());
        } finally {
            System.setOut(original);
        }
        assertEquals(0, code);
        String out = captured.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, out.lines().count(), out);
        JsonNode json = new ObjectMapper().readTree(out);
        List<String> fields = new ArrayList<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            fields.add(it.next());
        }
        assertEquals(List.of("precision", "recall", "f1", "per_type"), fields.subList(fields.size() - 4, fields.size()));
        assertTrue(json.get("per_type").has("PER"), out);
        List<String> lines = Files.readAllLines(predictions);
        assertEquals(CONLL.lines().count(), lines.size());
        assertTrue(lines.get(2).matches("Peter NNP B-NP B-PER (B|I)-[A-Z]+|Peter NNP B-NP B-PER O"), lines.get(2));
        assertEquals("", lines.get(1));
    }
}
