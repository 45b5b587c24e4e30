package io.storyline.events.coding;

import io.storyline.events.ArticleInput;
import io.storyline.events.ArticleTimes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.storyline.events.ResolvedEntities;
import io.storyline.events.EventMention;
import io.storyline.nlp.Annotations;
import io.storyline.nlp.DependencyParser;
import io.storyline.nlp.DependencyTree;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.SentenceSplitter;
import io.storyline.nlp.parse.ArcHybridParser;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The event mentions of one article: its times read again against its final date, the sentences that may tell an
 * event parsed, and the trees coded. One class for the embedded corpus stage and the Spark job, so both read the
 * same events from the same article. Thread-safe: the parser and the coder keep no state between articles.
 */
public final class ArticleEventCoder {
    /** Articles longer than this are coded from their first paragraphs, as the language layer reads them. */
    private static final int MAX_CHARS = 60_000;
    /**
     * Part of every {@link #inputKey}: raise it whenever coding changes (rules, word lists, the parser's model), so
     * that mentions cached by an older Storyline are coded again rather than reused.
     */
    static final String VERSION = "events-2";
    private static final ObjectMapper KEY_JSON = new ObjectMapper().registerModule(new JavaTimeModule());
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

    /** The event mentions of an article, with the questions its coding asked of the resolved entities. */
    public record Coding(List<EventMention> mentions, List<List<String>> questions) {
        public Coding {
            mentions = List.copyOf(mentions);
            questions = List.copyOf(questions);
        }
    }

    /**
     * Codes the article, recording what it asked of {@code directory}: the same article (same {@link #inputKey}) coded
     * against entities that answer those questions alike gives the same mentions.
     */
    public Coding codeRecorded(ArticleInput input, ResolvedEntities directory) {
        RecordedEntities recorded = new RecordedEntities(directory);
        List<EventMention> mentions = code(input, recorded);
        return new Coding(mentions, recorded.questions());
    }

    /**
     * A digest of everything of the article its coding reads (text, date, annotations, resolved entity ids, source,
     * outlet, story) and of the coding's version: equal keys, equal codings, given equal answers about the entities.
     */
    public static String inputKey(ArticleInput input) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(KEY_JSON.writeValueAsBytes(List.of(VERSION, input)));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<EventMention> code(ArticleInput input, ResolvedEntities directory) {
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
