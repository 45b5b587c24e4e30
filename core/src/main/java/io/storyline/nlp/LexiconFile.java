package io.storyline.nlp;

import java.util.List;

/**
 * The word-list reader as the events and resolve stages still import it: it moved to
 * {@link io.storyline.language.LexiconFile} so that the clean stage can read word lists too. Kept while branches
 * that change those stages are in flight; new code imports the language one.
 */
public final class LexiconFile {
    private LexiconFile() {
    }

    /** The non-blank, non-comment lines of resource {@code name} beside {@code owner}, trimmed. */
    public static List<String> lines(Class<?> owner, String name) {
        return io.storyline.language.LexiconFile.lines(owner, name);
    }
}
