package io.storyline.ingest;

import java.time.Instant;

/**
 * One raw page as read from the crawl, decoded to text.
 *
 * @param id        stable content id: the same page bytes always give the same id
 * @param path      where it was read: a file, or {@code file#record} inside a WARC or JSON Lines file
 * @param url       the page's address when the crawl recorded one, else null
 * @param format    whether {@link #content} is HTML or a plain-text dump
 * @param content   the decoded page
 * @param charset   the encoding it was decoded with, and how that was decided
 * @param fetchedAt when the crawler fetched it, when known (WARC date, JSON Lines field), else null
 */
public record Page(String id, String path, String url, PageFormat format, String content, String charset,
                   Instant fetchedAt) {
}
