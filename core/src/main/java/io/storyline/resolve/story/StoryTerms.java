package io.storyline.resolve.story;

import java.util.HashMap;
import java.util.Map;

/**
 * The TF-IDF words that stand for an article in story grouping, in two passes so no caller has to hold the
 * corpus's texts: first every article is counted ({@link #count}), then each gets its vector ({@link #vector}).
 * The embedded pipeline and the Spark job both use this class, so their stories agree. The title counts twice:
 * it names the happening more surely than any paragraph.
 */
public final class StoryTerms implements AutoCloseable {
    /** How many of its heaviest words stand for an article. */
    public static final int ARTICLE_TERMS = 60;

    private final TermCounter counter = new TermCounter();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;

    /** First pass: one article's words count toward the corpus's document frequencies. */
    public void count(String title, String text) {
        documents++;
        counter.count(textOf(title, text)).keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    }

    /** Second pass: the article's heaviest words, weighted by how rare they are in the counted corpus. */
    public TermVector vector(String title, String text) {
        double n = Math.max(1, documents);
        return TermVector.of(counter.count(textOf(title, text)),
                t -> Math.log(n / documentFrequency.getOrDefault(t, 1)), ARTICLE_TERMS);
    }

    private static String textOf(String title, String text) {
        return title == null ? text : title + "\n" + title + "\n" + text;
    }

    @Override
    public void close() {
        counter.close();
    }
}
