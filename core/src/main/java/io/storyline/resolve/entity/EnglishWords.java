package io.storyline.resolve.entity;

import io.storyline.language.LexiconFile;

import java.util.Locale;
import java.util.Set;

/**
 * The English word lists name rules consult: common words (english-words.txt, lower case only, from SCOWL) and
 * proper nouns English spells its own way (english-proper-words.txt). Resources users can extend.
 */
final class EnglishWords {
    private static final Set<String> COMMON = Set.copyOf(LexiconFile.lines(EnglishWords.class, "english-words.txt"));
    private static final Set<String> PROPER = Set.copyOf(LexiconFile.lines(EnglishWords.class, "english-proper-words.txt"));

    private EnglishWords() {
    }

    /** Whether a word, any case, is a common English word ("Daily", "Fourth", "Shell"). */
    static boolean isCommon(String word) {
        return COMMON.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word, any case, is an English proper noun ("Europe"). */
    static boolean isProper(String word) {
        return PROPER.contains(word.toLowerCase(Locale.ROOT));
    }
}
