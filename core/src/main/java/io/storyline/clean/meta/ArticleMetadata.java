package io.storyline.clean.meta;

import io.storyline.clean.PublishedDate;

/**
 * What the resolver decided about a page; every field is null when nothing supports it.
 *
 * @param title          headline
 * @param outlet         publisher of the page (falls back to the credited original when the page has no name)
 * @param originalOutlet wire agency or original publisher the article credits
 * @param byline         reporters' names, "Name and Name" when several
 * @param language       ISO 639-1 code
 * @param published      publication date at the granularity the clues support
 */
public record ArticleMetadata(Evidenced title, Evidenced outlet, Evidenced originalOutlet, Evidenced byline,
                              Evidenced language, PublishedDate published) {
}
