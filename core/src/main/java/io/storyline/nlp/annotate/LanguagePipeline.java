package io.storyline.nlp.annotate;

import io.storyline.nlp.Annotations;
import io.storyline.nlp.EntityMention;
import io.storyline.nlp.RoleMention;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.SentenceSplitter;
import io.storyline.nlp.TimeMention;
import io.storyline.budget.PageDeadline;
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
     * day), or null when the article has no date at all, in which case no time expression is resolved.
     */
    public Annotations annotate(String text, LocalDate anchor) {
        // between the steps, the page's time budget (if the ingest set one) is checked
        List<Sentence> sentences = splitter.split(text);
        PageDeadline.check();
        List<EntityMention> tagged = MentionRepairs.completeNames(text,
                MentionRepairs.withoutLeadingTitles(ner.tag(text, sentences)));
        PageDeadline.check();
        List<RoleMention> roleSpans = roles.tag(text, tagged);
        List<EntityMention> entities = MentionRepairs.withoutRoles(tagged, roleSpans);
        PageDeadline.check();
        List<TimeMention> found = anchor == null ? List.of() : times.tag(text, anchor);
        PageDeadline.check();
        return new Annotations(entities, roleSpans, found, quotes.find(text, sentences, entities));
    }
}
