package io.storyline.clean.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores containers by the prose they hold (Readability's scheme): every paragraph of 25+ characters gives
 * 1 + commas + one point per 100 characters (at most 3) to its parent, half to its grandparent and a third
 * (divided by depth) to further ancestors; each container starts from a tag prior and its class/id weight, and
 * its final score is discounted by its link density. The best container is the top candidate.
 */
final class ContentScorer {
    private static final int ANCESTOR_DEPTH = 5;
    private static final int TOP_CANDIDATES = 5;
    private static final int PART_DEPTH = 3;

    private final Pass pass;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    ContentScorer(Pass pass) {
        this.pass = pass;
    }

    double score(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    boolean isScored(Element e) {
        return scores.containsKey(e);
    }

    /** The container that best holds the article, or null when nothing scored. */
    Element topCandidate(List<Element> paragraphs) {
        List<Element> candidates = new ArrayList<>();
        for (Element p : paragraphs) {
            if (p.parent() == null) continue;
            String text = p.text();
            if (text.length() < 25) continue;
            List<Element> ancestors = ancestors(p);
            if (ancestors.isEmpty()) continue;
            double contentScore = 1 + TextMeasures.commas(text) + Math.min(text.length() / 100, 3);
            for (int level = 0; level < ancestors.size(); level++) {
                Element ancestor = ancestors.get(level);
                if (ancestor.parent() == null) continue;
                if (!scores.containsKey(ancestor)) {
                    initialise(ancestor);
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, contentScore / divider, Double::sum);
            }
        }
        for (Element c : candidates) {
            scores.put(c, scores.get(c) * (1 - TextMeasures.linkDensity(c)));
        }
        List<Element> top = candidates.stream()
                .sorted(Comparator.comparingDouble((Element c) -> scores.get(c)).reversed())
                .limit(TOP_CANDIDATES).toList();
        if (top.isEmpty() || top.get(0).normalName().equals("body")) return null;
        return refine(top);
    }

    private Element refine(List<Element> top) {
        Element best = top.get(0);
        double bestScore = score(best);
        // several strong candidates under one ancestor: the article is split in parts, take their common container
        List<List<Element>> alternativeAncestors = new ArrayList<>();
        for (int i = 1; i < top.size() && bestScore > 0; i++) {
            if (score(top.get(i)) / bestScore >= 0.75) {
                alternativeAncestors.add(top.get(i).parents());
            }
        }
        if (alternativeAncestors.size() >= 3) {
            for (Element parent = best.parent(); parent != null && !parent.normalName().equals("body");
                 parent = parent.parent()) {
                int containing = 0;
                for (List<Element> ancestors : alternativeAncestors) {
                    if (ancestors.contains(parent)) containing++;
                }
                if (containing >= 3) {
                    best = parent;
                    break;
                }
            }
        }
        best = partsContainer(best);
        if (!scores.containsKey(best)) initialise(best);
        // climb while the parent scores at least as well: the candidate was one part of a larger article
        double lastScore = score(best);
        double threshold = lastScore / 3;
        for (Element parent = best.parent(); parent != null && !parent.normalName().equals("body");
             parent = parent.parent()) {
            if (!scores.containsKey(parent)) continue;
            double parentScore = score(parent);
            if (parentScore < threshold) break;
            if (parentScore > lastScore) {
                best = parent;
                break;
            }
            lastScore = parentScore;
        }
        // a wrapper holding nothing else adds nothing: climb to it, so the assembler sees the siblings that matter
        for (Element parent = best.parent(); parent != null && !parent.normalName().equals("body")
                && holdsNothingElse(parent, best); parent = best.parent()) {
            best = parent;
        }
        if (!scores.containsKey(best)) initialise(best);
        return best;
    }

    /**
     * The body split in parts of one class, each in a wrapper of its own between ads and sub-headings
     * ({@code div.textflow} three times): the nearest ancestor, at most {@value #PART_DEPTH} levels up, that holds
     * another scored part of the candidate's tag and classes, or the candidate itself when no other part is near.
     */
    private Element partsContainer(Element best) {
        if (best.classNames().isEmpty()) return best;
        List<Element> parts = new ArrayList<>();
        for (Element other : scores.keySet()) {
            if (other != best && score(other) > 0 && other.normalName().equals(best.normalName())
                    && other.classNames().equals(best.classNames())) {
                parts.add(other);
            }
        }
        if (parts.isEmpty()) return best;
        Element container = best.parent();
        for (int depth = 1; depth <= PART_DEPTH && container != null && !container.normalName().equals("body");
             depth++, container = container.parent()) {
            Element ancestor = container;
            if (parts.stream().anyMatch(p -> p.parents().contains(ancestor))) return container;
        }
        return best;
    }

    private static boolean holdsNothingElse(Element parent, Element child) {
        if (parent.childrenSize() == 1) return true;
        for (Element other : parent.children()) {
            if (other != child && !other.text().isBlank()) return false;
        }
        return true;
    }

    private void initialise(Element e) {
        double score = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        scores.put(e, score + pass.weight(e));
    }

    private static List<Element> ancestors(Element e) {
        List<Element> ancestors = new ArrayList<>();
        for (Element p = e.parent(); p != null && ancestors.size() < ANCESTOR_DEPTH; p = p.parent()) {
            if (p instanceof Document || p.parent() instanceof Document) break;
            ancestors.add(p);
        }
        return ancestors;
    }
}
