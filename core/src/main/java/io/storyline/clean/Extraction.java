package io.storyline.clean;

import java.util.List;

/**
 * What a main-text extractor kept and dropped of one page.
 *
 * @param title   the headline it found (HTML title/h1 or the headline line of a text dump), or null
 * @param text    the article's main text, one paragraph (block) a line, in page order; byline and quotes kept
 * @param removed every dropped block, in page order, so a reader can see what was taken out and why
 */
public record Extraction(String title, String text, List<Removed> removed) {
    public Extraction {
        removed = List.copyOf(removed);
    }

    /** One dropped block and the rule that dropped it ("ad-marker", "link-dense", "share-prompt", …). */
    public record Removed(String block, String reason) {
    }
}
