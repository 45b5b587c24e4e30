package io.storyline.clean.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Set;

/** HTML's phrasing content (inline text-level nodes), which can be gathered into a paragraph. */
final class Phrasing {
    private static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code",
            "data", "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter",
            "noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span",
            "strong", "sub", "sup", "textarea", "time", "var", "wbr", "u", "s", "font", "big", "tt", "strike");
    private static final Set<String> TRANSPARENT = Set.of("a", "del", "ins");
    /** Blocks that keep a div from being read as one paragraph. */
    static final Set<String> DIV_TO_P_BLOCKERS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre",
            "table", "ul", "section", "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer",
            "aside", "nav", "main", "form", "hr", "li");

    private Phrasing() {
    }

    static boolean isPhrasing(Node node) {
        if (node instanceof TextNode) return true;
        if (!(node instanceof Element e)) return false;
        String name = e.normalName();
        if (PHRASING.contains(name)) return true;
        if (TRANSPARENT.contains(name)) {
            for (Node child : e.childNodes()) {
                if (!isPhrasing(child)) return false;
            }
            return true;
        }
        return false;
    }

    static boolean isBlank(Node node) {
        return node instanceof TextNode t && t.isBlank()
                || node instanceof Element e && e.normalName().equals("br");
    }

    /** Drops trailing whitespace and breaks of a gathered paragraph; an emptied paragraph goes too. */
    static void trimTrailingBlanks(Element p) {
        while (p.childNodeSize() > 0 && isBlank(p.childNode(p.childNodeSize() - 1))) {
            p.childNode(p.childNodeSize() - 1).remove();
        }
        if (p.childNodeSize() == 0) p.remove();
    }

    static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (DIV_TO_P_BLOCKERS.contains(child.normalName()) || hasBlockChild(child)) return true;
        }
        return false;
    }
}
