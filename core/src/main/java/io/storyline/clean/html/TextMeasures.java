package io.storyline.clean.html;

import org.jsoup.nodes.Element;

/** Text measures of an element that the scorer and the cleaners weigh. */
final class TextMeasures {
    private TextMeasures() {
    }

    static String text(Element e) {
        return e.text();
    }

    /** Share of the element's text inside links; in-page anchors count 0.3, as they are mostly footnotes. */
    static double linkDensity(Element e) {
        return linkDensity(e, e.text().length());
    }

    /** {@code textLength}: the element's text length, when the caller has it already. */
    static double linkDensity(Element e, int textLength) {
        int length = textLength;
        if (length == 0) return 0;
        double linkLength = 0;
        for (Element a : e.getElementsByTag("a")) {
            double coefficient = a.attr("href").startsWith("#") ? 0.3 : 1.0;
            linkLength += a.text().length() * coefficient;
        }
        return linkLength / length;
    }

    /** Commas of several scripts, a cheap sign of running prose. */
    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case ',', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C', '\u3001' -> n++;
                default -> { }
            }
        }
        return n;
    }

    static boolean hasAncestor(Element e, String tag, int maxDepth) {
        int depth = 0;
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (maxDepth > 0 && depth++ >= maxDepth) return false;
            if (p.normalName().equals(tag)) return true;
        }
        return false;
    }

    static boolean hasAncestor(Element e, String tag) {
        return hasAncestor(e, tag, 0);
    }
}
