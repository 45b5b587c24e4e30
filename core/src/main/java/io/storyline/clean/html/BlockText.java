package io.storyline.clean.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The readable text of an element as lines: one line per block (paragraph, heading, list item, table cell row,
 * quote), in document order; a {@code <br>} ends a line too. Used for our output and for gold HTML alike.
 */
public final class BlockText {
    private static final Set<String> SILENT = Set.of("script", "style", "noscript", "template", "svg", "head",
            "iframe", "button", "select", "textarea", "input", "object", "embed", "canvas", "math");
    private static final Set<String> EXTRA_BLOCKS = Set.of("li", "dt", "dd", "tr", "td", "th", "figcaption",
            "caption", "blockquote", "article", "section", "header", "footer", "aside", "figure", "main", "nav");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private BlockText() {
    }

    public static List<String> lines(Element root) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        walk(root, line, lines);
        flush(line, lines);
        return lines;
    }

    public static String text(Element root) {
        return String.join("\n", lines(root));
    }

    static boolean isBlock(Element element) {
        return element.isBlock() || EXTRA_BLOCKS.contains(element.normalName());
    }

    private static void walk(Node root, StringBuilder line, List<String> lines) {
        DescendantWalk.walk(root, new DescendantWalk.Visitor() {
            @Override
            public void text(TextNode text) {
                line.append(text.getWholeText());
            }

            @Override
            public boolean enter(Element element) {
                String name = element.normalName();
                if (SILENT.contains(name)) {
                    return false;
                }
                if (name.equals("br")) {
                    flush(line, lines);
                    return false;
                }
                if (isBlock(element)) {
                    flush(line, lines);
                } else if (name.equals("img") || name.equals("td") || name.equals("th")) {
                    line.append(' ');
                }
                return true;
            }

            @Override
            public void leave(Element element) {
                if (isBlock(element)) {
                    flush(line, lines);
                }
            }
        });
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String text = normalise(line.toString());
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }

    static String normalise(String text) {
        return WHITESPACE.matcher(text.replace('\u00a0', ' ')).replaceAll(" ").strip();
    }
}
