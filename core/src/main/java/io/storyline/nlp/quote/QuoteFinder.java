package io.storyline.nlp.quote;

import io.storyline.nlp.EntityMention;
import io.storyline.nlp.Quote;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.SentenceSplitter;
import io.storyline.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quotations of a document ({@link QuoteScanner}) and who said them ({@link SpeakerResolver}),
 * given the document's entity mentions; titles come from {@link RoleTagger}. Quotations of fewer than
 * {@code minWords} words (scare quotes such as an “unfriendly” move, quoted names) are left out of the result, but
 * are attributed like the others, so that a longer quote after one can continue it. Thread-safe: all per-document state lives in the call.
 */
public final class QuoteFinder {
    public static final int DEFAULT_MIN_WORDS = 3;

    private final SentenceSplitter splitter;
    private final RoleTagger roleTagger;
    private final QuoteScanner scanner = new QuoteScanner();
    private final int minWords;

    public QuoteFinder() {
        this(new SentenceSplitter(), new RoleTagger(), DEFAULT_MIN_WORDS);
    }

    public QuoteFinder(SentenceSplitter splitter, RoleTagger roleTagger, int minWords) {
        this.splitter = splitter;
        this.roleTagger = roleTagger;
        this.minWords = minWords;
    }

    public List<Quote> find(String text, List<EntityMention> entities) {
        return find(text, splitter.split(text), entities);
    }

    /** Quotations of {@code text}, whose {@code sentences} (with their tokens) the caller already has. */
    public List<Quote> find(String text, List<Sentence> sentences, List<EntityMention> entities) {
        List<Token> tokens = new ArrayList<>();
        sentences.forEach(s -> tokens.addAll(s.tokens()));
        List<RoleTitle> roles = roleTagger.titles(text, tokens, entities);
        QuoteDocument doc = new QuoteDocument(text, sentences, tokens, entities, roles);
        List<QuotedSpan> spans = scanner.scan(text);
        SpeakerResolver resolver = new SpeakerResolver(doc, spans);
        List<Quote> quotes = new ArrayList<>();
        QuotedSpan previous = null;
        SpeakerResolver.Attribution previousSpeaker = null;
        for (int i = 0; i < spans.size(); i++) {
            QuotedSpan span = spans.get(i);
            QuotedSpan next = i + 1 < spans.size() ? spans.get(i + 1) : null;
            // Short quotes are attributed too ("“I’m not,” Kim said. “…”" passes its speaker on), but not output.
            SpeakerResolver.Attribution who = resolver.attribute(span, previous, previousSpeaker, next);
            if (wordCount(span.text()) >= minWords) {
                quotes.add(new Quote(span.text(), span.start(), span.end(), who.speaker(), who.evidence()));
            }
            previous = span;
            previousSpeaker = who;
        }
        return quotes;
    }

    private static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar || inWord && (text.charAt(i) == '\'' || text.charAt(i) == '’' || text.charAt(i) == '-');
        }
        return words;
    }
}
