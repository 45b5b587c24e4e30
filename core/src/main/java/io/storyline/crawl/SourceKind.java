package io.storyline.crawl;

/** What a crawl source turned out to be when fetched. */
public enum SourceKind {
    FEED, SITEMAP, SITEMAP_INDEX, HOME_PAGE, UNREADABLE
}
