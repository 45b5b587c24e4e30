package io.storyline.store;

import java.util.List;

/**
 * That an article is a copy: of which article ({@code copyOf}, null when the original is not in the corpus, as
 * for a page flagged as spun on its own), of which kind ("exact", "syndicated", "spun"), how sure (0..1), why,
 * and for spun copies the swapped phrases ("Secretary General" -> "Secretary Basic").
 */
public record CopyRecord(String articleId, String copyOf, String kind, double score, String evidence,
                         List<String> substitutions) {
    public CopyRecord {
        substitutions = List.copyOf(substitutions);
    }
}
