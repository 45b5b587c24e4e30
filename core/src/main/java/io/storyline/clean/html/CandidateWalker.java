package io.storyline.clean.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Second cleaner of the chain, one walk over the body in page order: drops elements whose class, id or role say
 * navigation, comments, sharing and such (unless they also say article/content), drops empty wrappers and the
 * heading that repeats the page title, turns text-only divs into paragraphs, and collects the blocks to score.
 */
final class CandidateWalker {
    private static final Set<String> SCORED = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation",
            "alert", "alertdialog", "dialog");
    private static final Set<String> EMPTY_DROPPABLE = Set.of("div", "section", "header", "h1", "h2", "h3", "h4",
            "h5", "h6");

    private final Pass pass;
    private final String title;

    private final Set<Element> hintedPath = Collections.newSetFromMap(new IdentityHashMap<>());

    CandidateWalker(Pass pass, String title) {
        this(pass, title, null);
    }

    /** {@code hinted}: the container the publisher marks as the article; it and its ancestors are never dropped. */
    CandidateWalker(Pass pass, String title, Element hinted) {
        this.pass = pass;
        this.title = title;
        for (Element p = hinted; p != null; p = p.parent()) {
            hintedPath.add(p);
        }
    }

    /** Returns the blocks to score, in page order. */
    List<Element> walk(Element body, RemovalLog log) {
        List<Element> toScore = new ArrayList<>();
        boolean titleHeaderDropped = false;
        Element node = body.firstElementChild();
        while (node != null) {
            String name = node.normalName();
            if (!titleHeaderDropped && (name.equals("h1") || name.equals("h2")) && TitleMatch.same(node.text(), title)) {
                titleHeaderDropped = true;
                node = removeAndNext(node, log, "title-duplicate");
                continue;
            }
            if (pass.stripUnlikely() && !hintedPath.contains(node)) {
                if (ClassHints.unlikely(node) && !TextMeasures.hasAncestor(node, "table")
                        && !TextMeasures.hasAncestor(node, "code") && !name.equals("a") && !name.equals("body")
                        && !containsArticleMarkup(node)) {
                    node = removeAndNext(node, log, "unlikely:" + ClassHints.classAndId(node).strip());
                    continue;
                }
                if (UNLIKELY_ROLES.contains(node.attr("role"))) {
                    node = removeAndNext(node, log, "role:" + node.attr("role"));
                    continue;
                }
            }
            if (EMPTY_DROPPABLE.contains(name) && isWithoutContent(node)) {
                node = removeAndNext(node, log, "empty");
                continue;
            }
            if (SCORED.contains(name)) {
                toScore.add(node);
            }
            if (name.equals("div")) {
                wrapPhrasingRuns(node);
                Element single = singleParagraph(node);
                if (single != null && TextMeasures.linkDensity(node) < 0.25) {
                    node.replaceWith(single);
                    node = single;
                    toScore.add(node);
                } else if (!Phrasing.hasBlockChild(node)) {
                    node.tagName("p");
                    toScore.add(node);
                }
            }
            node = next(node, false);
        }
        return toScore;
    }

    /** An element that holds the article's own markup is not boilerplate, whatever its class says. */
    private static boolean containsArticleMarkup(Element e) {
        return !e.select("article, [itemprop=articleBody], main").isEmpty()
                && !e.normalName().equals("aside") && !e.normalName().equals("nav");
    }

    private static boolean isWithoutContent(Element e) {
        if (e.hasText()) return false;
        for (Element child : e.children()) {
            String n = child.normalName();
            if (!n.equals("br") && !n.equals("hr")) return false;
        }
        return true;
    }

    /** Gathers each run of inline content directly inside a div into a paragraph of its own. */
    private static void wrapPhrasingRuns(Element div) {
        boolean hasBlock = false;
        for (Element child : div.children()) {
            if (!Phrasing.isPhrasing(child)) {
                hasBlock = true;
                break;
            }
        }
        if (!hasBlock) return;
        Element paragraph = null;
        for (Node child : new ArrayList<>(div.childNodes())) {
            if (Phrasing.isPhrasing(child)) {
                if (paragraph == null) {
                    if (child instanceof TextNode t && t.isBlank()) continue;
                    paragraph = new Element("p");
                    child.before(paragraph);
                }
                paragraph.appendChild(child);
            } else if (paragraph != null) {
                Phrasing.trimTrailingBlanks(paragraph);
                paragraph = null;
            }
        }
        if (paragraph != null) Phrasing.trimTrailingBlanks(paragraph);
    }

    private static Element singleParagraph(Element div) {
        if (div.childrenSize() != 1 || !div.child(0).normalName().equals("p")) return null;
        for (TextNode t : div.textNodes()) {
            if (!t.isBlank()) return null;
        }
        return div.child(0);
    }

    private static Element removeAndNext(Element node, RemovalLog log, String reason) {
        Element next = next(node, true);
        log.remove(node, reason);
        return next;
    }

    static Element next(Element node, boolean skipChildren) {
        if (!skipChildren && node.firstElementChild() != null) return node.firstElementChild();
        Element sibling = node.nextElementSibling();
        if (sibling != null) return sibling;
        Element p = node.parent();
        while (p != null && p.nextElementSibling() == null) {
            p = p.parent();
        }
        return p == null ? null : p.nextElementSibling();
    }
}
