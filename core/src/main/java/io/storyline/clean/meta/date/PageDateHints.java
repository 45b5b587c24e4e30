package io.storyline.clean.meta.date;

import java.time.Instant;

/**
 * What is known about a page's date besides its visible text, and what helps read that text.
 *
 * @param published the markup's publication time as written (meta tag, JSON-LD, time element), or null
 * @param modified  the markup's last-modified time as written, or null
 * @param url       the page's address, or null
 * @param fetchedAt crawl time, or null
 * @param language  ISO 639-1 code of the page's text, or null: decides day-month order and the outlet's time zone
 * @param scriptPublished a publication time from the page's script data, or null: weaker than the markup's
 */
public record PageDateHints(String published, String modified, String url, Instant fetchedAt, String language,
                            String scriptPublished) {

    public static final PageDateHints NONE = new PageDateHints(null, null, null, null, null, null);

    /** Hints without a date from script data. */
    public PageDateHints(String published, String modified, String url, Instant fetchedAt, String language) {
        this(published, modified, url, fetchedAt, language, null);
    }

    /** Numeric dates are read day first (01/02/2020 is 1 February) in every language but English. */
    public boolean dayFirst() {
        return language != null && !language.equals("en");
    }
}
