package io.storyline.resolve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a hand-made gold file of JSON Lines; a bad line is an error naming the file, the line and the reason. */
public final class GoldLines {
    /** Turns one line's object into a record, or says what the line lacks. */
    public interface Reader<T> {
        T read(JsonNode node) throws InvalidLine;
    }

    /** A line that is JSON but not what the gold format needs. */
    public static final class InvalidLine extends Exception {
        public InvalidLine(String reason) {
            super(reason);
        }
    }

    private GoldLines() {
    }

    public static <T> List<T> read(Path file, Reader<T> reader) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<T> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                out.add(reader.read(json.readTree(lines.get(i))));
            } catch (JsonProcessingException e) {
                throw new IOException(file + ":" + (i + 1) + ": not a JSON object (" + e.getOriginalMessage() + ")");
            } catch (InvalidLine e) {
                throw new IOException(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }
}
