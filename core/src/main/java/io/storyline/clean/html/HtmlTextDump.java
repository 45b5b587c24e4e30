package io.storyline.clean.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns an HTML page into the kind of text dump a crawler saves: one line per block of the page,
 * boilerplate included, markup gone. Metadata is read from it (clues outside the main text count), and
 * benchmarks use it to score the text-dump extractor on pages whose gold is known.
 */
public final class HtmlTextDump {
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "head", "iframe");

    private HtmlTextDump() {
    }

    public static String dump(String html) {
        Element body = Jsoup.parse(html).body();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        walk(body, line, lines);
        flush(line, lines);
        return String.join("\n", lines) + "\n";
    }

    private static void walk(Node root, StringBuilder line, List<String> lines) {
        DescendantWalk.walk(root, new DescendantWalk.Visitor() {
            @Override
            public void text(TextNode text) {
                line.append(text.text());
            }

            @Override
            public boolean enter(Element element) {
                if (SKIPPED.contains(element.normalName())) {
                    return false;
                }
                if (isBlock(element)) {
                    flush(line, lines);
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

    private static boolean isBlock(Element element) {
        return element.isBlock() || element.normalName().equals("br");
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String text = line.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }
}
