package io.storyline.events.coding;

import io.storyline.events.ArticleInput;
import io.storyline.events.ArticleTimes;
import io.storyline.events.EntityDirectory;
import io.storyline.events.EventMention;
import io.storyline.nlp.Annotations;
import io.storyline.nlp.DependencyParser;
import io.storyline.nlp.DependencyTree;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.SentenceSplitter;
import io.storyline.nlp.parse.ArcHybridParser;

import java.util.ArrayList;
import java.util.List;

/**
 * The event mentions of one article: its times read again against its final date, the sentences that may tell an
 * event parsed, and the trees coded. One class for the embedded corpus stage and the Spark job, so both read the
 * same events from the same article. Thread-safe: the parser and the coder keep no state between articles.
 */
public final class ArticleEventCoder {
    /** Articles longer than this are coded from their first paragraphs, as the language layer reads them. */
    private static final int MAX_CHARS = 60_000;
    private final SyntacticEventExtractor extractor;
    private final DependencyParser parser;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ArticleTimes times = new ArticleTimes();

    public ArticleEventCoder() {
        this(new SyntacticEventExtractor(), ArcHybridParser.shared());
    }

    public ArticleEventCoder(SyntacticEventExtractor extractor, DependencyParser parser) {
        this.extractor = extractor;
        this.parser = parser;
    }

    public List<EventMention> code(ArticleInput input, EntityDirectory directory) {
        Annotations a = input.annotations();
        ArticleInput timed = input.withAnnotations(new Annotations(a.entities(), a.roles(),
                times.read(input.text(), input.published(), a.times()), a.quotes()));
        String text = input.text().length() > MAX_CHARS ? input.text().substring(0, MAX_CHARS) : input.text();
        List<DependencyTree> trees = new ArrayList<>();
        for (Sentence sentence : splitter.split(text)) {
            if (!sentence.tokens().isEmpty() && extractor.mayTellAnEvent(sentence)) {
                trees.add(parser.parse(sentence));
            }
        }
        return extractor.extract(timed, trees, directory).stream().map(CodedEvent::mention).toList();
    }
}
