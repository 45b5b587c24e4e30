package io.storyline.resolve.story;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts the words of an article as Lucene's English analyzer indexes them (stop words dropped, words stemmed), so
 * "talks" and "talk" count as one. Lucene rather than a hand-written tokenizer: its analyzer is the one search uses.
 * Numbers are dropped: a death toll or an index level changes from report to report of one happening.
 */
public final class TermCounter implements AutoCloseable {
    /** Words shorter than this say little about a happening ("us", "mr" survive stop words). */
    private static final int MIN_LENGTH = 3;
    private final Analyzer analyzer = new EnglishAnalyzer();

    public Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new HashMap<>();
        if (text == null || text.isEmpty()) {
            return counts;
        }
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() >= MIN_LENGTH && Character.isLetter(term.charAt(0))) {
                    counts.merge(term.toString(), 1, Integer::sum);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
        return counts;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
