package io.storyline.clean.html;

import org.jsoup.nodes.Element;

/**
 * Cleaner of the assembled article, structural part: removes widgets (forms, embeds, asides, footers, buttons),
 * share bars, headings that class hints mark as boilerplate, and containers that {@link ConditionalCleaner} judges
 * to be furniture; then empty paragraphs.
 */
final class ArticleCleaner {
    private final Pass pass;
    private final ConditionalCleaner conditional;

    ArticleCleaner(Pass pass) {
        this.pass = pass;
        this.conditional = new ConditionalCleaner(pass);
    }

    void clean(Element article, RemovalLog log) {
        conditional.clean(article, "form", log);
        conditional.clean(article, "fieldset", log);
        removeAll(article, "object, embed, footer, link, aside", "widget", log);
        for (Element child : article.children()) {
            for (Element e : child.getAllElements()) {
                if (e == child || e.parent() == null) continue;
                if (ClassHints.SHARE.matcher(ClassHints.classAndId(e)).find() && e.text().length() < 500) {
                    log.remove(e, "share-bar");
                }
            }
        }
        removeAll(article, "iframe, input, textarea, select, button, nav", "widget", log);
        for (Element h : article.select("h1, h2")) {
            if (pass.weight(h) < 0) log.remove(h, "negative-hint:" + ClassHints.classAndId(h).strip());
        }
        conditional.clean(article, "table", log);
        conditional.clean(article, "ul", log);
        conditional.clean(article, "div", log);
        for (Element p : article.getElementsByTag("p")) {
            if (p.parent() != null && p.text().isBlank()
                    && p.select("img, embed, object, iframe").isEmpty()) {
                p.remove();
            }
        }
    }

    private static void removeAll(Element article, String query, String reason, RemovalLog log) {
        for (Element e : article.select(query)) {
            if (e.parent() != null && e != article) log.remove(e, reason);
        }
    }
}
