package io.storyline.clean.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Test-scope copy of {@code io.storyline.bench.HtmlTextDump} (core cannot depend on bench): an HTML page as
 * the one-block-a-line text dump a crawler saves. Keep the two in step.
 */
final class TextDumps {
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "head", "iframe");

    private TextDumps() {
    }

    static String dump(String html) {
        Element body = Jsoup.parse(html).body();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        walk(body, line, lines);
        flush(line, lines);
        return String.join("\n", lines) + "\n";
    }

    private static void walk(Node node, StringBuilder line, List<String> lines) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                line.append(text.text());
            } else if (child instanceof Element element) {
                if (SKIPPED.contains(element.normalName())) {
                    continue;
                }
                boolean block = element.isBlock() || element.normalName().equals("br");
                if (block) {
                    flush(line, lines);
                }
                walk(element, line, lines);
                if (block) {
                    flush(line, lines);
                }
            }
        }
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String text = line.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }
}
