package io.storyline.clean.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Visits the descendants of a node in document order with jsoup's iterative traversor rather than by recursion:
 * a page of thousands of nested elements must not overflow the stack.
 */
final class DescendantWalk {
    /** What a walk does at each text and at each element's start and end. */
    interface Visitor {
        void text(TextNode text);

        /** At an element's start; false skips the element and everything in it. */
        boolean enter(Element element);

        void leave(Element element);
    }

    private DescendantWalk() {
    }

    static void walk(Node root, Visitor visitor) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == root) {
                    return FilterResult.CONTINUE;
                }
                if (node instanceof TextNode text) {
                    visitor.text(text);
                } else if (node instanceof Element element && !visitor.enter(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node != root && node instanceof Element element) {
                    visitor.leave(element);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }
}
