package io.storyline.web;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * A search snippet as plain-text parts, each saying whether it is a match, so the page renders it with text
 * nodes and never parses markup that came from an article. The index marks matches with {@code <b>} and
 * escapes everything else.
 */
final class SnippetParts {
    record Part(String text, boolean match) {
    }

    private SnippetParts() {
    }

    static List<Part> of(String snippet) {
        List<Part> parts = new ArrayList<>();
        if (snippet == null) {
            return parts;
        }
        int at = 0;
        while (at < snippet.length()) {
            int open = snippet.indexOf("<b>", at);
            if (open < 0) {
                add(parts, snippet.substring(at), false);
                break;
            }
            add(parts, snippet.substring(at, open), false);
            int close = snippet.indexOf("</b>", open);
            int end = close < 0 ? snippet.length() : close;
            add(parts, snippet.substring(open + 3, end), true);
            at = close < 0 ? snippet.length() : close + 4;
        }
        return parts;
    }

    private static void add(List<Part> parts, String escaped, boolean match) {
        if (!escaped.isEmpty()) {
            parts.add(new Part(Parser.unescapeEntities(escaped, false), match));
        }
    }
}
