package io.storyline.clean.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Last cleaner of the chain, block level: runs the {@link BlockRule}s over each leaf block of the article, drops a
 * link list introduced by a recirculation label together with its label, and drops captions that repeat text
 * already kept.
 */
final class BoilerplateBlocks {
    private static final List<BlockRule> RULES = List.of(BoilerplateRules.AD_MARKER, BoilerplateRules.PROMPT,
            BoilerplateRules.COOKIE_NOTICE, BoilerplateRules.RECIRCULATION, BoilerplateRules.COMMENTS,
            BoilerplateRules.TAG_LIST, BoilerplateRules.COPYRIGHT, BoilerplateRules.CAPTION,
            BoilerplateRules.EMBED_PLACEHOLDER, BoilerplateRules.READER_PROMPT, BoilerplateRules.DATE_STAMP);

    private final List<BlockRule> rules;

    BoilerplateBlocks() {
        this(RULES);
    }

    BoilerplateBlocks(List<BlockRule> rules) {
        this.rules = rules;
    }

    void clean(Element article, RemovalLog log) {
        for (Element block : leafBlocks(article)) {
            if (block.parent() == null) continue;
            String text = BlockText.normalise(block.text());
            if (text.isEmpty()) continue;
            for (BlockRule rule : rules) {
                String reason = rule.reasonToDrop(block, text);
                if (reason != null) {
                    if (reason.equals("recirculation")) dropFollowingLinkList(block, log);
                    log.remove(block, reason);
                    break;
                }
            }
        }
        dropDuplicateCaptions(article, log);
    }

    /** Blocks that hold no other block: paragraphs, list items, headings, text-only divs. One pass, bottom-up. */
    static List<Element> leafBlocks(Element root) {
        List<Element> all = root.getAllElements();
        Set<Element> holdsBlock = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            Element parent = e.parent();
            if (parent != null && (BlockText.isBlock(e) || holdsBlock.contains(e))) holdsBlock.add(parent);
        }
        List<Element> leaves = new ArrayList<>();
        for (Element e : all) {
            if (e != root && BlockText.isBlock(e) && !holdsBlock.contains(e)) leaves.add(e);
        }
        return leaves;
    }

    /** The list after the label: one link-dense block, or a run of short link-dense paragraphs, one link each. */
    private static void dropFollowingLinkList(Element label, RemovalLog log) {
        Element next = label.nextElementSibling();
        if (next != null && next.text().length() < 600 && TextMeasures.linkDensity(next) > 0.5) {
            boolean oneLinkEach = next.text().length() < 250;
            log.remove(next, "recirculation");
            for (Element more = label.nextElementSibling(); oneLinkEach && more != null
                    && more.text().length() < 250 && TextMeasures.linkDensity(more) > 0.8; more = label.nextElementSibling()) {
                log.remove(more, "recirculation");
            }
        }
    }

    private static void dropDuplicateCaptions(Element article, RemovalLog log) {
        Set<String> kept = new HashSet<>();
        List<Element> captions = new ArrayList<>();
        for (Element block : leafBlocks(article)) {
            if (block.normalName().equals("figcaption") || TextMeasures.hasAncestor(block, "figcaption")) {
                captions.add(block);
            } else {
                kept.add(BlockText.normalise(block.text()));
            }
        }
        Set<String> seenCaptions = new HashSet<>();
        for (Element caption : captions) {
            String text = BlockText.normalise(caption.text());
            if (text.isEmpty()) continue;
            if (kept.contains(text) || !seenCaptions.add(text)) log.remove(caption, "duplicate-caption");
        }
    }
}
