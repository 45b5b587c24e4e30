package io.storyline.events;

import io.storyline.clean.PublishedDate;
import io.storyline.nlp.Annotations;

import java.util.List;

/**
 * What event extraction reads of one article: its text and annotations, the resolved entity id of each entity
 * mention (by index; null when unresolved), what it copies, and its outlet.
 *
 * @param source the id of the original it is a copy of, else its own id
 * @param story  the id of the story the article belongs to, or null
 */
public record ArticleInput(String id, String text, PublishedDate published, Annotations annotations,
                           List<String> entityIds, String source, String outlet, String story) {
    public ArticleInput {
        entityIds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(entityIds));
    }

    /** An article outside any story. */
    public ArticleInput(String id, String text, PublishedDate published, Annotations annotations,
                        List<String> entityIds, String source, String outlet) {
        this(id, text, published, annotations, entityIds, source, outlet, null);
    }

    /** The same article with other annotations (times read again against its final date). */
    public ArticleInput withAnnotations(Annotations other) {
        return new ArticleInput(id, text, published, other, entityIds, source, outlet, story);
    }
}
