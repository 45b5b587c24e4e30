package io.storyline.clean.html;

import io.storyline.budget.PageDeadline;
import io.storyline.clean.Extraction;
import io.storyline.clean.PageHints;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Main text of an HTML page. A chain of small parts, each testable alone:
 * {@link DocumentPreparer} (never-text and hidden elements) → {@link CandidateWalker} (class/id/role hints, blocks
 * to score) → {@link ContentScorer} (prose density and link density pick the container) → {@link SiblingAssembler}
 * (lead, byline and continuation blocks beside it) → {@link ArticleCleaner} (widgets, link lists, furniture) →
 * {@link BoilerplateBlocks} (ad markers, prompts, recirculation, duplicate captions) → {@link BlockText} (lines).
 * When a strict pass yields less than {@value #MIN_TEXT} characters, laxer passes are tried and the longest kept.
 */
public final class HtmlArticleExtractor {
    static final int MIN_TEXT = 500;

    private final PageHintsReader hintsReader = new PageHintsReader();

    public Extraction extract(String html, String url) {
        PageDeadline.check();
        Document page = Jsoup.parse(html, url == null ? "" : url);
        PageHints hints = hintsReader.read(page);
        String title = Headline.of(hints, TitleCleaner.clean(page));
        String declaredBody = JsonLd.text(JsonLd.article(page), "articleBody");
        Attempt best = null;
        for (Pass pass = Pass.STRICT; pass != null; pass = pass.relaxed()) {
            Attempt attempt = attempt(page.clone(), pass, title, declaredBody);
            if (attempt.length() >= MIN_TEXT) return attempt.extraction(title);
            if (best == null || attempt.length() > best.length()) best = attempt;
        }
        return best.extraction(title);
    }

    public PageHints hints(String html, String url) {
        return hintsReader.read(Jsoup.parse(html, url == null ? "" : url));
    }

    /**
     * The scorer's choice stands unless the publisher's hint disagrees clearly: a container elsewhere, or one that
     * holds much more (the scorer took a part) or much less (the scorer took the page) text.
     */
    static Element reconcile(Element top, Element hinted) {
        if (hinted == null || hinted.parent() == null || top == hinted) return top;
        if (top == null) return hinted;
        int topLength = top.text().length(), hintedLength = hinted.text().length();
        // jsoup compares nodes by identity, so parents().contains is an ancestor test
        if (top.parents().contains(hinted)) return topLength < 0.7 * hintedLength ? hinted : top;
        if (hinted.parents().contains(top)) return topLength > 1.5 * hintedLength ? hinted : top;
        return hinted;
    }

    private record Attempt(List<String> lines, RemovalLog log) {
        int length() {
            return lines.stream().mapToInt(String::length).sum();
        }

        Extraction extraction(String title) {
            List<String> clean = lines.stream().map(InlineMarkers::strip).filter(l -> !l.isEmpty()).toList();
            return new Extraction(title, String.join("\n", clean), log.removed());
        }
    }

    private static Attempt attempt(Document doc, Pass pass, String title, String declaredBody) {
        Element body = doc.body();
        RemovalLog log = new RemovalLog(body);
        new DocumentPreparer().prepare(doc, log);
        Element hinted = ArticleBodyHint.locate(doc, declaredBody);
        List<Element> paragraphs = new CandidateWalker(pass, title, hinted).walk(body, log);
        ContentScorer scorer = new ContentScorer(pass);
        Element top = reconcile(scorer.topCandidate(paragraphs), hinted);
        Element article;
        if (top == null) {
            article = new Element("div");
            for (Node child : new ArrayList<>(body.childNodes())) article.appendChild(child);
        } else {
            article = new SiblingAssembler(scorer).assemble(top, log);
        }
        new ArticleCleaner(pass).clean(article, log);
        new BoilerplateBlocks().clean(article, log);
        return new Attempt(BlockText.lines(article), log);
    }
}
