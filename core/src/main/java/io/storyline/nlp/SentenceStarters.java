package io.storyline.nlp;

import io.storyline.language.LexiconFile;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Capitalised words that usually open a sentence rather than belong to a name (resource sentence-starters.txt). */
public final class SentenceStarters {
    private static final Set<String> WORDS = load();

    private SentenceStarters() {
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        for (String line : LexiconFile.lines(SentenceStarters.class, "sentence-starters.txt")) {
            words.add(line.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }

    public static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
