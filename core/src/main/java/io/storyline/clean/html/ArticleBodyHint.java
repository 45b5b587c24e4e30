package io.storyline.clean.html;

import io.storyline.clean.ExtractionScore;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the publisher says the article is: the element holding the JSON-LD {@code articleBody} text, else the one
 * element marked {@code itemprop=articleBody}. A hint for the scorer, not a verdict: JSON-LD bodies are sometimes
 * only a summary, and markup is sometimes on a teaser, so a hint must hold enough text to count.
 */
final class ArticleBodyHint {
    static final int MIN_BODY = 400;
    private static final int SHINGLE = 3;

    private ArticleBodyHint() {
    }

    /** The hinted container in {@code doc}, or null. {@code articleBody} is the JSON-LD text, or null. */
    static Element locate(Document doc, String articleBody) {
        Element body = doc.body();
        if (body == null) return null;
        if (articleBody != null && articleBody.length() >= MIN_BODY) {
            Element e = holderOf(body, articleBody);
            if (e != null) return e;
        }
        List<Element> marked = body.select("[itemprop=articleBody], [itemprop=articlebody]");
        if (marked.size() == 1 && marked.get(0).text().length() >= MIN_BODY) return marked.get(0);
        return null;
    }

    /** The deepest element holding 90% of the blocks whose text is part of {@code articleBody}. */
    private static Element holderOf(Element root, String articleBody) {
        Set<String> known = shingles(articleBody);
        Map<Element, Integer> matched = new IdentityHashMap<>();
        int total = 0;
        for (Element block : BoilerplateBlocks.leafBlocks(root)) {
            Set<String> own = shingles(block.text());
            if (own.isEmpty()) continue;
            int hits = 0;
            for (String s : own) if (known.contains(s)) hits++;
            if (hits < 0.6 * own.size()) continue;
            int length = block.text().length();
            total += length;
            for (Element a = block; a != null && a != root.parent(); a = a.parent()) {
                matched.merge(a, length, Integer::sum);
            }
        }
        if (total < 0.5 * articleBody.length()) return null;
        Element best = root;
        for (Map.Entry<Element, Integer> e : matched.entrySet()) {
            if (e.getValue() >= 0.9 * total && depth(e.getKey()) > depth(best)) best = e.getKey();
        }
        return best == root ? null : best;
    }

    private static int depth(Element e) {
        int d = 0;
        for (Element p = e.parent(); p != null; p = p.parent()) d++;
        return d;
    }

    static Set<String> shingles(String text) {
        List<String> words = ExtractionScore.tokens(text.toLowerCase(Locale.ROOT));
        Set<String> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + SHINGLE)));
        }
        if (words.size() < SHINGLE && !words.isEmpty()) out.add(String.join(" ", words));
        return out;
    }
}
