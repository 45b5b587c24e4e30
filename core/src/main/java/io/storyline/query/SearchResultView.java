package io.storyline.query;

/** One search result as written: the article's key fields, the title to show, its BM25 score and a highlighted snippet. */
public record SearchResultView(String id, double score, String title, String displayTitle, String outlet, String published,
                               String snippet, String path) {
}
