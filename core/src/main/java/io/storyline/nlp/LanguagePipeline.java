package io.storyline.nlp;

import io.storyline.nlp.ner.NerTagger;
import io.storyline.nlp.quote.QuoteFinder;
import io.storyline.nlp.quote.RoleTagger;
import io.storyline.nlp.time.TimeTagger;

import java.time.LocalDate;
import java.util.List;

/**
 * The language layer over one article: sentences and tokens once, then entities, roles, time expressions and
 * quotes with their speakers. Models load once; thread-safe, so documents can be annotated in parallel.
 */
public final class LanguagePipeline {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final NerTagger ner;
    private final RoleTagger roles = new RoleTagger();
    private final TimeTagger times = new TimeTagger();
    private final QuoteFinder quotes = new QuoteFinder();

    public LanguagePipeline() {
        this(NerTagger.shared());
    }

    public LanguagePipeline(NerTagger ner) {
        this.ner = ner;
    }

    /**
     * Annotates {@code text}; {@code anchor} is the day relative time expressions count from (the publication
     * day), or null when it is not known to the day, in which case "on Wednesday" stays unresolved.
     */
    public Annotations annotate(String text, LocalDate anchor) {
        List<Sentence> sentences = splitter.split(text);
        List<EntityMention> entities = ner.tag(text, sentences);
        return new Annotations(entities, roles.tag(text, entities), times.tag(text, anchor),
                quotes.find(text, sentences, entities));
    }
}
