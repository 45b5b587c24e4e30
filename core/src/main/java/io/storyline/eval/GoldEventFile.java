package io.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the events gold (JSON Lines, one judged event a line) and checks every line before anything is scored. */
public final class GoldEventFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STATUSES = Set.of("happened", "planned", "negated", "claimed");

    private GoldEventFile() {
    }

    /**
     * The split an article belongs to, fixed before any labelling: "dev" when the first byte of the SHA-256 of its
     * path (UTF-8, as the gold writes it) is even, else "heldout".
     */
    public static String splitOf(String article) {
        try {
            byte first = MessageDigest.getInstance("SHA-256").digest(article.getBytes(StandardCharsets.UTF_8))[0];
            return (first & 1) == 0 ? "dev" : "heldout";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** Every event of the file; a bad line fails the whole read with the file, the line and the reason. */
    public static List<GoldEvent> read(Path file) throws IOException {
        List<GoldEvent> events = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                events.add(parse(JSON.readTree(lines.get(i))));
            } catch (IOException | IllegalArgumentException e) {
                throw new IOException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return events;
    }

    static GoldEvent parse(JsonNode line) {
        String article = required(line, "article");
        String split = required(line, "split");
        if (!split.equals(splitOf(article))) {
            throw new IllegalArgumentException("split is \"" + split + "\" but the hash rule puts " + article
                    + " in \"" + splitOf(article) + "\"");
        }
        String typeName = required(line, "type");
        PloverCategory type = PloverCategory.of(typeName)
                .orElseThrow(() -> new IllegalArgumentException("not a PLOVER category: " + typeName));
        String status = required(line, "status");
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be one of " + STATUSES + ", not " + status);
        }
        return new GoldEvent(article, split, required(line, "sentence"), required(line, "trigger"), type,
                optional(line, "mode"), strings(line, "actors"), optional(line, "actor_country"),
                optional(line, "actor_sector"), strings(line, "targets"), optional(line, "place"),
                optional(line, "date"), status, line.path("headline").asBoolean(false), optional(line, "happening"));
    }

    private static String required(JsonNode line, String field) {
        String value = optional(line, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return value;
    }

    private static String optional(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode line, String field) {
        JsonNode array = line.path(field);
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
