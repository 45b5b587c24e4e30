package io.storyline.clean.html;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * First cleaner of the chain: takes out what is never article text (scripts, styles, comments, hidden elements,
 * dialogs) and turns runs of {@code <br>} into paragraphs so that text written as "line<br><br>line" scores like
 * paragraphs do.
 */
final class DocumentPreparer {
    private static final String NEVER_TEXT = "script, style, noscript, template, link, meta, head > title";
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

    void prepare(Document doc, RemovalLog log) {
        removeComments(doc);
        for (Element e : doc.select(NEVER_TEXT)) {
            e.remove();
        }
        for (Element e : doc.body().select("*")) {
            if (e.parent() == null) continue;
            if (isHidden(e)) {
                log.remove(e, "hidden");
            } else if ("true".equals(e.attr("aria-modal")) && "dialog".equals(e.attr("role"))) {
                log.remove(e, "dialog");
            }
        }
        for (Element font : doc.body().getElementsByTag("font")) {
            font.tagName("span");
        }
        replaceBreakRuns(doc.body());
    }

    static boolean isHidden(Element e) {
        if (HIDDEN_STYLE.matcher(e.attr("style")).find()) return true;
        if (e.hasAttr("hidden")) return true;
        return "true".equals(e.attr("aria-hidden")) && !e.className().contains("fallback-image");
    }

    private static void removeComments(Document doc) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment) comments.add(node);
        }, doc);
        comments.forEach(Node::remove);
    }

    /**
     * Two or more {@code <br>} in a row end a paragraph: the phrasing content after them, up to the next block or
     * the next run, becomes a {@code <p>}.
     */
    private static void replaceBreakRuns(Element body) {
        for (Element br : body.getElementsByTag("br")) {
            if (br.parent() == null) continue;
            Node next = nextNonBlank(br.nextSibling());
            boolean replaced = false;
            while (next instanceof Element e && e.normalName().equals("br")) {
                replaced = true;
                Node after = nextNonBlank(e.nextSibling());
                e.remove();
                next = after;
            }
            if (!replaced) continue;
            Element p = new Element("p");
            br.replaceWith(p);
            Node sibling = p.nextSibling();
            while (sibling != null) {
                if (sibling instanceof Element e && e.normalName().equals("br")) {
                    Node afterBr = nextNonBlank(e.nextSibling());
                    if (afterBr instanceof Element e2 && e2.normalName().equals("br")) break;
                }
                if (!Phrasing.isPhrasing(sibling)) break;
                Node following = sibling.nextSibling();
                p.appendChild(sibling);
                sibling = following;
            }
            Phrasing.trimTrailingBlanks(p);
            if (p.parent() != null && p.parent().normalName().equals("p")) {
                p.parent().tagName("div");
            }
        }
    }

    private static Node nextNonBlank(Node node) {
        while (node != null && node instanceof TextNode t && t.isBlank()) {
            node = node.nextSibling();
        }
        return node;
    }
}
