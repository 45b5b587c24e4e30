package io.storyline.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * What one source led to: pages to fetch, and further sources (the sitemaps of an index, the feeds a home
 * page announces).
 */
record Discovery(SourceKind kind, List<Link> pages, List<URI> sources, String reason) {
    Discovery {
        pages = List.copyOf(pages);
        sources = List.copyOf(sources);
    }

    /** A page the source lists, with the time the source says it last changed, or null when it does not say. */
    record Link(URI uri, Instant modified) {
    }

    static Discovery unreadable(String reason) {
        return new Discovery(SourceKind.UNREADABLE, List.of(), List.of(), reason);
    }
}
