package io.storyline.resolve.story;

import io.storyline.resolve.GoldLines;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Hand-judged stories: one JSON object a line, {@code {"doc": PATH, "story": LABEL, "split": "dev"|"heldout"}}.
 * Articles with one label tell one happening; {@code doc} is the document's path under the data root.
 */
public record StoryGold(String doc, String story, String split) {

    public static List<StoryGold> read(Path file) throws IOException {
        return GoldLines.read(file, node -> {
            String doc = node.path("doc").asText("");
            String story = node.path("story").asText("");
            if (doc.isEmpty() || story.isEmpty()) {
                throw new GoldLines.InvalidLine("a story gold line needs \"doc\" and \"story\"");
            }
            return new StoryGold(doc, story, node.path("split").asText("dev"));
        });
    }
}
