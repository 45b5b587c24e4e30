package io.storyline.clean.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts the article together from the top candidate and those of its siblings that look like more of it: siblings
 * that scored well, share its class, or are paragraphs of prose with few links (a lead paragraph or a byline often
 * sits beside the body, not in it).
 */
final class SiblingAssembler {
    private static final Set<String> KEEP_TAG = Set.of("div", "article", "section", "p", "ol", "ul", "h2", "h3",
            "h4", "h5", "h6", "blockquote", "figure", "pre", "table");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    private final ContentScorer scorer;

    SiblingAssembler(ContentScorer scorer) {
        this.scorer = scorer;
    }

    Element assemble(Element top, RemovalLog log) {
        Element article = new Element("div");
        Element parent = top.parent();
        if (parent == null) {
            article.appendChild(top);
            return article;
        }
        noteOutside(parent, log);
        double topScore = scorer.score(top);
        double threshold = Math.max(10, topScore * 0.2);
        Set<String> topClasses = top.classNames();
        for (Element sibling : new ArrayList<>(parent.children())) {
            if (sibling == top || keep(sibling, topScore, topClasses, threshold)) {
                if (!KEEP_TAG.contains(sibling.normalName())) sibling.tagName("div");
                article.appendChild(sibling);
            } else {
                log.note(sibling, "outside-article");
            }
        }
        return article;
    }

    private boolean keep(Element sibling, double topScore, Set<String> topClasses, double threshold) {
        double bonus = sharesClass(sibling, topClasses) ? topScore * 0.2 : 0;
        if (scorer.isScored(sibling) && scorer.score(sibling) + bonus >= threshold) return true;
        if (!sibling.normalName().equals("p")) return false;
        String text = sibling.text();
        double linkDensity = TextMeasures.linkDensity(sibling);
        if (text.length() > 80) return linkDensity < 0.25;
        return !text.isEmpty() && linkDensity == 0 && SENTENCE_END.matcher(text).find();
    }

    /** A class name in common: the same class, or numbered parts of one body ("story-body story-body-2"). */
    private static boolean sharesClass(Element sibling, Set<String> topClasses) {
        for (String name : sibling.classNames()) {
            if (topClasses.contains(name)) return true;
        }
        return false;
    }

    /** Everything of the page above the candidate's parent and beside the path to it, as removed blocks. */
    private static void noteOutside(Element parent, RemovalLog log) {
        Element onPath = parent;
        for (Element ancestor = parent.parent(); ancestor != null && !(ancestor instanceof Document);
             ancestor = ancestor.parent()) {
            for (Element sibling : ancestor.children()) {
                if (sibling != onPath) log.note(sibling, "outside-article");
            }
            onPath = ancestor;
        }
    }
}
