package io.storyline.nlp.ner;

import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-only tokenizer: words, numbers and single punctuation marks (hyphens included, to check the tagger joins
 * hyphenated names itself); a sentence ends after '.', '!' or '?'. The production tokenizer lives in io.storyline.nlp.
 */
final class TestTokenizer {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|'s|\\S");

    private TestTokenizer() {
    }

    static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.start(), m.end(), m.group()));
            if (m.group().matches("[.!?]")) {
                sentences.add(new Sentence(tokens.get(0).start(), m.end(), tokens));
                tokens.clear();
            }
        }
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
        }
        return sentences;
    }
}
