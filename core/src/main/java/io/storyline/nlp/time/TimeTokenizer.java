package io.storyline.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into letter runs, digit runs and single symbols in one pass, and numbers sentences on the way.
 * Hand-written rather than Lucene's tokenizers because the time grammar needs "10:30PM", "28th", "mid-1990" and
 * "1990s" cut at the letter/digit border, which no standard analyzer does, and it must stay allocation-light.
 */
final class TimeTokenizer {
    /** Abbreviations whose period does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "st", "jr", "sr", "inc",
            "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "u", "s", "a",
            "m", "p", "e", "i", "etc", "mt", "ft", "pres", "rev", "adm", "capt", "maj", "messrs");

    private TimeTokenizer() {
    }

    static List<TimeToken> tokenize(String text) {
        List<TimeToken> tokens = new ArrayList<>(text.length() / 4 + 8);
        int sentence = 0;
        boolean pendingBreak = false;
        int newlinesSinceToken = 0;
        int i = 0;
        int n = text.length();
        int previousEnd = -1;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n') {
                    newlinesSinceToken++;
                }
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
            } else if (Character.isDigit(c)) {
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
            String word = text.substring(start, i);
            if (pendingBreak && (Character.isUpperCase(c) || newlinesSinceToken > 0 || c == '"')) {
                sentence++;
            } else if (newlinesSinceToken > 1) {
                sentence++;
            }
            pendingBreak = false;
            newlinesSinceToken = 0;
            TimeToken token = new TimeToken(start, i, word, word.toLowerCase(Locale.ROOT), start == previousEnd, sentence);
            tokens.add(token);
            previousEnd = i;
            if (c == '.' || c == '!' || c == '?') {
                pendingBreak = !(c == '.' && tokens.size() > 1 && isAbbreviation(tokens.get(tokens.size() - 2), token));
            }
        }
        return tokens;
    }

    private static boolean isAbbreviation(TimeToken before, TimeToken period) {
        return before.end() == period.start() && before.isWord() && ABBREVIATIONS.contains(before.lower());
    }
}
