package io.storyline.store;

import java.util.Map;

/**
 * A stored article with what the corpus stages resolved of it, read in one query: the corpus stages after copies
 * read these together, and asking for each per article made a query per article per stage.
 *
 * @param copyOf       the original it copies (null when none, or a copy spun alone)
 * @param spun         whether its copy record calls it spun (its wording mangled by a synonym spinner)
 * @param story        the story it belongs to, or null
 * @param entityLinks  the resolved entity of each of its entity mentions, by the mention's index
 */
public record ResolvedArticle(StoredArticle stored, String copyOf, boolean spun, String story,
                              Map<Integer, String> entityLinks) {
    public ResolvedArticle {
        entityLinks = java.util.Collections.unmodifiableMap(entityLinks);
    }
}
