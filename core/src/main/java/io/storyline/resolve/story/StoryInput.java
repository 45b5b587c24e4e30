package io.storyline.resolve.story;

import java.time.LocalDate;
import java.util.Map;

/**
 * What story grouping knows of one article.
 *
 * @param articleId the article
 * @param title     its title, or null
 * @param published its publication day (the first day of a coarser date), or null
 * @param publishedIso its publication date at its own granularity ("2024-04"), or null
 * @param entities  entity id → mentions in the article
 * @param original  the article it copies, or null: a copy always joins its original's story
 * @param terms     the TF-IDF words of its title and text ({@link TermVector#EMPTY} when not known)
 */
public record StoryInput(String articleId, String title, LocalDate published, String publishedIso,
                         Map<String, Integer> entities, String original, TermVector terms) {

    public StoryInput {
        terms = terms == null ? TermVector.EMPTY : terms;
    }

    /** An article known only by its entities. */
    public StoryInput(String articleId, String title, LocalDate published, String publishedIso,
                      Map<String, Integer> entities, String original) {
        this(articleId, title, published, publishedIso, entities, original, TermVector.EMPTY);
    }
}
