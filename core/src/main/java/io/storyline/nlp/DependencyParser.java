package io.storyline.nlp;

/**
 * Tags, lemmatizes and parses one sentence of the project's own tokens. Implementations are thread-safe, so
 * articles can be parsed in parallel with one loaded model.
 */
public interface DependencyParser {
    DependencyTree parse(Sentence sentence);
}
