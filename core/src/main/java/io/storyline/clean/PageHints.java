package io.storyline.clean;

/**
 * What a page's markup says about itself (meta tags, JSON-LD, time elements), before any judgement.
 * Every field is the raw string as found, or null.
 *
 * @param title      og:title, JSON-LD headline, or the title element
 * @param byline     author meta, rel=author, JSON-LD author
 * @param siteName   og:site_name, publisher name
 * @param published  article:published_time, JSON-LD datePublished, time[datetime], …
 * @param language   html lang, content-language
 * @param url        canonical or og:url
 * @param source     for each non-null field, which tag it came from, e.g. "published=meta[property=article:published_time]"
 * @param modified   article:modified_time, JSON-LD dateModified, og:updated_time, …
 * @param scriptPublished a publication time the page's scripts carry as data ("published_at" in a shop's product
 *                   object), weaker than the markup's own declarations
 */
public record PageHints(String title, String byline, String siteName, String published, String language, String url,
                        String source, String modified, String scriptPublished) {
    public static final PageHints NONE = new PageHints(null, null, null, null, null, null, "", null, null);

    /** Hints without a date from script data. */
    public PageHints(String title, String byline, String siteName, String published, String language, String url,
                     String source, String modified) {
        this(title, byline, siteName, published, language, url, source, modified, null);
    }

    /** Hints without a modified time. */
    public PageHints(String title, String byline, String siteName, String published, String language, String url,
                     String source) {
        this(title, byline, siteName, published, language, url, source, null);
    }

    /** The tag a field was read from ("link[rel=canonical]"), or null when the markup did not give it. */
    public String sourceOf(String field) {
        if (source == null) return null;
        for (String part : source.split(";\\s*")) {
            if (part.startsWith(field + "=")) return part.substring(field.length() + 1);
        }
        return null;
    }
}
