package io.storyline.resolve.entity;

import io.storyline.resolve.GoldLines;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-judged pair of names: one JSON object a line,
 * {@code {"a": NAME, "b": NAME, "same": true|false, "docs": [PATH, …], "split": "dev"|"heldout"}}.
 * {@code same} says whether the two names, as written in the documents listed, stand for one entity; the
 * documents are paths under the data root and are ingested together.
 */
public record AliasGold(String a, String b, boolean same, List<String> docs, String split) {

    public static List<AliasGold> read(Path file) throws IOException {
        return GoldLines.read(file, node -> {
            String a = node.path("a").asText("");
            String b = node.path("b").asText("");
            if (a.isEmpty() || b.isEmpty() || !node.path("same").isBoolean() || !node.path("docs").isArray()) {
                throw new GoldLines.InvalidLine("an alias gold line needs \"a\", \"b\", \"same\" (true or false) and \"docs\"");
            }
            List<String> docs = new ArrayList<>();
            node.path("docs").forEach(d -> docs.add(d.asText()));
            return new AliasGold(a, b, node.path("same").asBoolean(), List.copyOf(docs), node.path("split").asText("dev"));
        });
    }
}
