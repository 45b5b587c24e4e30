package io.storyline.clean.text;

import io.storyline.clean.Extraction;

import java.util.List;

/** Main text of a plain-text page dump. SCAFFOLD: keeps every non-blank line until the real extractor lands. */
public final class TextArticleExtractor {

    public Extraction extract(String text) {
        return new Extraction(null, text.strip(), List.of());
    }
}
