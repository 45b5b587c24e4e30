package io.storyline.query;

import io.storyline.nlp.Sentence;
import io.storyline.nlp.SentenceSplitter;
import io.storyline.resolve.story.TermCounter;
import io.storyline.resolve.story.TermVector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A short extractive summary of a story: the sentences nearest the centroid of all its articles' sentences
 * (TF-IDF, document frequencies over those sentences), chosen one at a time so each adds something: a sentence too
 * like one already chosen (a wire copy's lead, a repeated fact) is passed over, and a second sentence from one
 * article only when no other article has one as good. Each sentence keeps its article, so it can be cited.
 * Extractive rather than generated: every sentence is the article's own words, checkable against it.
 */
public final class StorySummarizer {
    /** Leads carry the happening; later sentences are background and quotes, and reading them costs time. */
    static final int SENTENCES_READ_PER_ARTICLE = 12;
    /** Shorter is a caption or a dateline, longer a run-on the splitter could not cut. */
    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 60;
    /** Above this cosine a sentence repeats one already chosen. */
    static final double REPEATS = 0.6;
    /** What a second sentence from an already cited article loses, so the summary cites several outlets. */
    static final double SAME_ARTICLE_COST = 0.15;

    private final SentenceSplitter splitter = new SentenceSplitter();

    /** An article of the story as the summarizer reads it. */
    public record Source(String articleId, String title, String outlet, String text) {
    }

    /**
     * One sentence of the summary.
     *
     * @param start offset of the sentence in its article's text
     * @param score cosine to the story's centroid
     */
    public record SummarySentence(String text, String articleId, String title, String outlet, int start, int end,
                                  double score) {
    }

    private record Candidate(Source source, String text, int start, int end, TermVector terms) {
    }

    public List<SummarySentence> summarize(List<Source> articles, int sentences) {
        List<Candidate> candidates = new ArrayList<>();
        try (TermCounter counter = new TermCounter()) {
            List<Map<String, Integer>> counts = new ArrayList<>();
            List<Candidate> raw = new ArrayList<>();
            for (Source a : articles) {
                if (a.text() == null) {
                    continue;
                }
                int read = 0;
                for (Sentence s : splitter.split(a.text())) {
                    if (read == SENTENCES_READ_PER_ARTICLE) {
                        break;
                    }
                    read++;
                    int words = s.tokens().size();
                    if (words < MIN_WORDS || words > MAX_WORDS) {
                        continue;
                    }
                    String text = a.text().substring(s.start(), s.end()).strip();
                    raw.add(new Candidate(a, text, s.start(), s.end(), null));
                    counts.add(counter.count(text));
                }
            }
            Map<String, Integer> documentFrequency = new HashMap<>();
            counts.forEach(c -> c.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
            double n = Math.max(1, counts.size());
            for (int i = 0; i < raw.size(); i++) {
                Candidate c = raw.get(i);
                // +1 keeps words every sentence uses: in a one-happening story they are what it is about
                TermVector terms = TermVector.of(counts.get(i),
                        t -> 1 + Math.log(n / documentFrequency.get(t)), Integer.MAX_VALUE);
                candidates.add(new Candidate(c.source(), c.text(), c.start(), c.end(), terms));
            }
        }
        TermVector centroid = centroid(candidates);
        List<SummarySentence> chosen = new ArrayList<>();
        List<TermVector> chosenTerms = new ArrayList<>();
        Set<String> cited = new HashSet<>();
        Set<Candidate> left = new HashSet<>(candidates);
        while (chosen.size() < sentences && !left.isEmpty()) {
            Candidate best = null;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (Candidate c : candidates) {
                if (!left.contains(c)) {
                    continue;
                }
                double value = c.terms().cosine(centroid)
                        - (cited.contains(c.source().articleId()) ? SAME_ARTICLE_COST : 0);
                if (value > bestValue) {
                    bestValue = value;
                    best = c;
                }
            }
            left.remove(best);
            Candidate pick = best;
            if (chosenTerms.stream().anyMatch(t -> t.cosine(pick.terms()) > REPEATS)) {
                continue;
            }
            chosen.add(new SummarySentence(pick.text(), pick.source().articleId(), pick.source().title(),
                    pick.source().outlet(), pick.start(), pick.end(), pick.terms().cosine(centroid)));
            chosenTerms.add(pick.terms());
            cited.add(pick.source().articleId());
        }
        return chosen;
    }

    private static TermVector centroid(List<Candidate> candidates) {
        Map<String, Double> sums = new HashMap<>();
        for (Candidate c : candidates) {
            c.terms().weights().forEach((t, w) -> sums.merge(t, w, Double::sum));
        }
        return TermVector.top(sums, Integer.MAX_VALUE);
    }
}
