package io.storyline.nlp;

import java.util.List;

/** A sentence, [start, end) in document chars, with its tokens in order. */
public record Sentence(int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
