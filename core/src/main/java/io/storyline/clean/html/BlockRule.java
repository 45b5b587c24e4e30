package io.storyline.clean.html;

import org.jsoup.nodes.Element;

/** One boilerplate test on one block of the article: the reason to drop it, or null to keep it. */
interface BlockRule {
    String reasonToDrop(Element block, String text);
}
