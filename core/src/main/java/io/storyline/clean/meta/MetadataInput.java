package io.storyline.clean.meta;

import io.storyline.clean.PageHints;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything the metadata resolver looks at for one page.
 *
 * @param rawText   the whole page as text lines, boilerplate included
 * @param mainText  the clean article text, one paragraph a line
 * @param title     the extractor's headline, or null
 * @param hints     what the markup said (PageHints.NONE for text pages)
 * @param url       the page address, or null
 * @param fetchedAt crawl time, or null
 */
public record MetadataInput(String rawText, String mainText, String title, PageHints hints, String url,
                            Instant fetchedAt) {
    public MetadataInput {
        rawText = Objects.requireNonNullElse(rawText, "");
        mainText = Objects.requireNonNullElse(mainText, rawText);
        hints = Objects.requireNonNullElse(hints, PageHints.NONE);
    }

    /** A text page with no markup, address or crawl time. */
    public static MetadataInput ofText(String rawText, String mainText, String title) {
        return new MetadataInput(rawText, mainText, title, PageHints.NONE, null, null);
    }
}
