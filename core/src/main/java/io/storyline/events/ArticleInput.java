package io.storyline.events;

import io.storyline.clean.PublishedDate;
import io.storyline.nlp.Annotations;

import java.util.List;

/**
 * What event extraction reads of one article: its text and annotations, the resolved entity id of each entity
 * mention (by index; null when unresolved), what it copies, and its outlet.
 *
 * @param source the id of the original it is a copy of, else its own id
 */
public record ArticleInput(String id, String text, PublishedDate published, Annotations annotations,
                           List<String> entityIds, String source, String outlet) {
}
