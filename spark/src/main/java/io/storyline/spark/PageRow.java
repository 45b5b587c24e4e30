package io.storyline.spark;

import io.storyline.ingest.Page;
import io.storyline.ingest.PageFormat;

import java.io.Serializable;
import java.time.Instant;

/**
 * A page as read on an executor, with where it stands in the crawl ({@code file}, then {@code record} within the
 * file): the order an embedded ingest would read it in. Core's {@link Page} is not {@link Serializable}, so pages
 * travel between machines in this form.
 */
record PageRow(int file, int record, String id, String path, String url, String format, String content,
               String charset, String fetchedAt) implements Serializable {

    static PageRow of(int file, int record, Page page) {
        return new PageRow(file, record, page.id(), page.path(), page.url(), page.format().name(), page.content(),
                page.charset(), page.fetchedAt() == null ? null : page.fetchedAt().toString());
    }

    Page page() {
        return new Page(id, path, url, PageFormat.valueOf(format), content, charset,
                fetchedAt == null ? null : Instant.parse(fetchedAt));
    }

    boolean isText() {
        return format.equals(PageFormat.TEXT.name());
    }
}
