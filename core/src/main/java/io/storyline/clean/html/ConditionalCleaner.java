package io.storyline.clean.html;

import io.storyline.budget.PageDeadline;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleaner of the assembled article: removes containers (tables, lists, divs, forms) that read like page furniture
 * rather than prose: negative class hints, many links, more list items than paragraphs, images without text,
 * form inputs, embeds, lone "Advertisement"/"Loading…" labels. Data tables and image lists are kept.
 */
final class ConditionalCleaner {
    private static final Pattern LOADING_WORDS = Pattern.compile(
            "^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern VIDEO = Pattern.compile(
            "//(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo|v\\.qq)\\.com|(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> HEADINGS = List.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final List<String> TEXTISH = List.of("span", "li", "td", "blockquote", "dl", "div", "img", "ol",
            "p", "pre", "table", "ul");

    /**
     * How deep below the article a container is judged on its own. Judging a node measures its whole subtree, so
     * judging every node of a deeply nested page costs the square of its depth; judging only the top
     * {@value #JUDGED_DEPTH} levels bounds the work by {@value #JUDGED_DEPTH} times the page's elements. A deeper
     * container stays unless one of the judged containers around it goes (real articles nest a few dozen levels).
     */
    static final int JUDGED_DEPTH = 100;

    private final Pass pass;
    /** Elements measured so far (the subtrees of the judged nodes): what tests bound instead of timing. */
    private long measured;

    ConditionalCleaner(Pass pass) {
        this.pass = pass;
    }

    void clean(Element article, String tag, RemovalLog log) {
        if (!pass.cleanConditionally()) return;
        List<Element> nodes = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (depth > 0 && depth <= JUDGED_DEPTH && node instanceof Element e && e.normalName().equals(tag)) {
                nodes.add(e);
            }
        }, article);
        // last first, so a container is judged after what was removed inside it
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Element node = nodes.get(i);
            if (node.parent() == null) continue;
            PageDeadline.check();
            measured += node.getAllElements().size();
            String reason = reasonToRemove(node, tag);
            if (reason != null) log.remove(node, reason);
        }
    }

    long measured() {
        return measured;
    }

    String reasonToRemove(Element node, String tag) {
        boolean isList = tag.equals("ul") || tag.equals("ol");
        String text = node.text();
        if (!isList && !text.isEmpty()) {
            int listLength = 0;
            for (Element list : node.select("ul, ol")) listLength += list.text().length();
            isList = (double) listLength / text.length() > 0.9;
        }
        if (tag.equals("table") && DataTables.isDataTable(node)) return null;
        for (Element p = node.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("table") && DataTables.isDataTable(p)) return null;
            if (p.normalName().equals("code")) return null;
        }
        for (Element table : node.getElementsByTag("table")) {
            if (table != node && DataTables.isDataTable(table)) return null;
        }
        int weight = pass.weight(node);
        if (weight < 0) return "negative-hint:" + ClassHints.classAndId(node).strip();
        if (TextMeasures.commas(text) >= 10) return null;

        int p = node.getElementsByTag("p").size() - (tag.equals("p") ? 1 : 0);
        int img = node.getElementsByTag("img").size();
        int li = node.getElementsByTag("li").size() - 100;
        int input = node.getElementsByTag("input").size();
        double headingDensity = density(node, text, HEADINGS);
        int embeds = 0;
        for (Element embed : node.select("object, embed, iframe")) {
            if (!VIDEO.matcher(embed.attr("src") + " " + embed.html()).find()) embeds++;
        }
        if (BoilerplateRules.AD_MARKER.reasonToDrop(node, text) != null) return "ad-label";
        if (LOADING_WORDS.matcher(text).matches()) return "loading-label";
        int length = text.length();
        double linkDensity = TextMeasures.linkDensity(node, length);
        boolean textInBlocks = hasTextInTextishDescendant(node);
        boolean inFigure = TextMeasures.hasAncestor(node, "figure");

        String reason = null;
        if (!inFigure && img > 1 && (double) p / img < 0.5) reason = "image-heavy";
        else if (!isList && li > p) reason = "list-heavy";
        else if (input > p / 3) reason = "form-inputs";
        else if (!isList && !inFigure && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2)
                && linkDensity > 0) reason = "short-linked";
        else if (!isList && weight < 25 && linkDensity > 0.2) reason = "link-dense";
        else if (weight >= 25 && linkDensity > 0.5) reason = "link-dense";
        else if (embeds == 1 && length < 75 || embeds > 1) reason = "embeds";
        else if (img == 0 && !textInBlocks) reason = "no-text";

        if (isList && reason != null) {
            for (Element child : node.children()) {
                if (child.childrenSize() > 1) return reason;
            }
            if (img == node.getElementsByTag("li").size()) return null;
        }
        return reason;
    }

    private static boolean hasTextInTextishDescendant(Element node) {
        for (Element e : node.getAllElements()) {
            if (e != node && TEXTISH.contains(e.normalName()) && e.hasText()) return true;
        }
        return false;
    }

    private static double density(Element node, String text, List<String> tags) {
        if (text.isEmpty()) return 0;
        int length = 0;
        for (Element e : node.select(String.join(", ", tags))) {
            if (e != node) length += e.text().length();
        }
        return (double) length / text.length();
    }
}
