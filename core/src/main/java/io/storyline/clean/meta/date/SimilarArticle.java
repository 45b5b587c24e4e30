package io.storyline.clean.meta.date;

import io.storyline.clean.PublishedDate;

/**
 * A neighbour of an article in the corpus, as a more-like-this search returns it.
 *
 * @param id         the neighbour's article id, named in the evidence
 * @param similarity 0..1, how alike the two texts are
 * @param published  the neighbour's own publication date, or null
 */
public record SimilarArticle(String id, double similarity, PublishedDate published) {
}
